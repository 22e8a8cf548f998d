import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

test.describe("a partner user", () => {
  test.use({ storageState: storageStatePath("partner"), expectedConsoleErrors: [/status of 403/] });

  test("lands on their workspace and is refused the administration and staff pages", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/workspace$/);
    await expect(page.getByRole("heading", { level: 1, name: "Espace partenaire" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await expect(nav.getByRole("link")).toHaveText([
      "Missions",
      "Délégations",
      "Événements",
      "Actions conjointes",
      "Calendrier",
      "Espace partenaire",
    ]);
    for (const path of [
      "/admin",
      "/admin/users",
      "/admin/audit",
      "/partners",
      "/missions/follow-ups",
      "/missions/new",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    }
    await expectAccessible(page);
  });
});

test.describe("a partner user's lists", () => {
  test.use({ storageState: storageStatePath("partner") });

  test("show their organisation's missions, delegations and events, read-only", async ({ page }) => {
    await page.goto("/missions");
    await expect(page.getByRole("heading", { level: 1, name: "Missions à l'international" })).toBeVisible();
    const missions = page.getByRole("table");
    // Team Côte d'Azur took part in the New York investors' mission, not in the Carnival licence one.
    await expect(missions.getByRole("link", { name: "Mission New York — investisseurs" })).toBeVisible();
    await expect(missions.getByRole("link", { name: /Mission Xiamen — licence/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Nouvelle mission" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Importer" })).toHaveCount(0);
    await expect(page.getByLabel("Partenaire", { exact: true })).toHaveCount(0);
    await expectAccessible(page);

    for (const [path, heading] of [
      ["/delegations", "Délégations étrangères"],
      ["/events", "Événements internationaux"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
    }
  });
});

test.describe("a manager", () => {
  test.use({ storageState: storageStatePath("manager"), expectedConsoleErrors: [/status of 403/] });

  test("reads every area but not the administration", async ({ page }) => {
    await page.goto("/missions");
    await expect(page.getByRole("heading", { level: 1, name: "Missions à l'international" })).toBeVisible();
    expect((await page.goto("/admin/users"))?.status()).toBe(403);
  });
});

test("every page carries the security headers", async ({ page }) => {
  const response = await page.goto("/dashboard");
  const headers = response?.headers() ?? {};
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain("unsafe-eval");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
    expect(policy).toContain(directive);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
