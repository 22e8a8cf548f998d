import type { Browser, BrowserContext, Page } from "@playwright/test";
import { demoPassword, demoUsers } from "@/prisma/demo/users";
import { expect, test } from "./fixtures";
import { signedOut, storageStatePath } from "./roles";

// The attacks of the security review, replayed against the production build as an attacker would
// send them (docs/reliability.md, "Attacks kept out"). Each must fail: the server stays up and
// answers 4xx, a copied cookie dies with its session, the client cannot choose its address, no
// redirect leaves the app.

const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 10_000)}`;

async function signIn(
  browser: Browser,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ storageState: signedOut });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  return { context, page };
}

/** A browser that only has a copy of the cookies another one had. */
async function replay(
  browser: Browser,
  cookies: Awaited<ReturnType<BrowserContext["cookies"]>>,
): Promise<BrowserContext> {
  const context = await browser.newContext({ storageState: signedOut });
  await context.addCookies(cookies);
  return context;
}

test("a calendar month of year zero, or any month outside 1900–2099, is refused and the server stays up", async ({
  page,
  request,
}) => {
  await page.goto("/calendar?month=0000-01");
  await expect(page.locator("main").getByRole("alert")).toContainText(
    "Le calendrier couvre les années 1900 à 2099 : « 0000-01 » n'en fait pas partie.",
  );
  for (const month of ["0099-12", "275760-09", "-2016-01", "2100-01"]) {
    const answer = await page.request.get(`/calendar?month=${month}`);
    expect(answer.status(), month).toBe(200);
    expect(await answer.text()).toContain("Le calendrier couvre les années 1900 à 2099");
  }
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("a session cookie copied before sign-out opens nothing afterwards", async ({ browser }) => {
  const manager = await signIn(browser, demoUsers[2].email, demoPassword);
  const copied = await manager.context.cookies();
  // Signing out is next-auth's client call: wait until the page's script is running.
  await manager.page.waitForLoadState("networkidle");
  await manager.page.locator("aside").getByRole("button", { name: "Se déconnecter" }).click();
  await expect(manager.page).toHaveURL(/\/sign-in/);

  const thief = await replay(browser, copied);
  const page = await thief.newPage();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await thief.request.get("/api/v1/missions")).status()).toBe(401);
  expect((await thief.request.get("/dashboard/report/pdf?year=2016")).status()).toBe(401);
  await Promise.all([manager.context.close(), thief.close()]);
});

test("a temporary-password session can only change the password, and the change ends the other sessions and tokens", async ({
  browser,
}) => {
  // An administrator creates the account.
  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const adminPage = await admin.newPage();
  const email = `attacked.${stamp()}@example.test`;
  await adminPage.goto("/admin/users/new");
  await adminPage.getByLabel("Nom").fill("Agnès Attaque");
  await adminPage.getByLabel("Adresse e-mail").fill(email);
  await adminPage.getByLabel("Rôle").selectOption({ label: "Chargé de mission" });
  await adminPage.getByRole("button", { name: "Créer le compte" }).click();
  const temporaryPassword = (await adminPage.getByTestId("temporary-password").textContent()) ?? "";

  // Signed in with the temporary password: pages lead to the password form, everything else is refused.
  const first = await signIn(browser, email, temporaryPassword);
  await expect(first.page).toHaveURL(/\/account\/password$/);
  for (const url of [
    "/api/v1/missions",
    "/dashboard/report/pdf?year=2016",
    "/missions/export?format=csv",
    "/dashboard/export?year=2016&table=sectors",
  ]) {
    expect((await first.context.request.get(url)).status(), url).toBe(401);
  }
  await first.page.goto("/missions");
  await expect(first.page).toHaveURL(/\/account\/password$/);
  await first.page.getByLabel("Mot de passe actuel").fill(temporaryPassword);
  await first.page.getByLabel("Nouveau mot de passe", { exact: true }).fill("promenade des anglais 2026");
  await first.page.getByLabel("Confirmer le nouveau mot de passe").fill("promenade des anglais 2026");
  await first.page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(first.page.getByRole("status")).toContainText("Votre mot de passe a été changé.");

  // A second browser, and an API token made there.
  const second = await signIn(browser, email, "promenade des anglais 2026");
  await second.page.goto("/account/integrations");
  const tokens = second.page.getByRole("region", { name: "Jetons d'API" });
  await tokens.getByLabel("Nom").fill("script");
  await tokens.getByRole("button", { name: "Créer le jeton" }).click();
  const token = await tokens.getByLabel("Votre jeton").inputValue();
  expect(
    (await second.context.request.get("/api/v1/missions", { headers: { Authorization: `Bearer ${token}` } })).status(),
  ).toBe(200);

  // The first browser changes the password again: it stays signed in, the second one and the token do not.
  await first.page.goto("/account/password");
  await first.page.getByLabel("Mot de passe actuel").fill("promenade des anglais 2026");
  await first.page.getByLabel("Nouveau mot de passe", { exact: true }).fill("colline du château 2026");
  await first.page.getByLabel("Confirmer le nouveau mot de passe").fill("colline du château 2026");
  await first.page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(first.page.getByRole("status")).toContainText("1 autre session a été fermée ; 1 jeton ou flux révoqué.");
  await first.page.goto("/missions");
  await expect(first.page.getByRole("heading", { level: 1 })).toHaveText("Missions à l'international");
  await second.page.goto("/missions");
  await expect(second.page).toHaveURL(/\/sign-in/);
  expect(
    (await second.context.request.get("/api/v1/missions", { headers: { Authorization: `Bearer ${token}` } })).status(),
  ).toBe(401);
  await Promise.all([admin.close(), first.context.close(), second.context.close()]);
});

test("the client cannot choose the address the sign-in lockout and the audit log record", async ({ browser }) => {
  const forged = "203.0.113.66";
  const unknownEmail = `forged-${stamp()}@example.test`;
  const attacker = await browser.newContext({
    storageState: signedOut,
    extraHTTPHeaders: { "X-Forwarded-For": forged, "X-Real-IP": forged },
  });
  const page = await attacker.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(unknownEmail);
  await page.getByLabel("Mot de passe").fill("a wrong password");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");

  const admin = await browser.newContext({ storageState: storageStatePath("admin") });
  const log = await (await admin.request.get("/admin/audit/export?format=csv&entityType=User")).text();
  const line = log.split("\n").find((row) => row.includes(unknownEmail)) ?? "";
  expect(line).toContain("127.0.0.1");
  expect(line).not.toContain(forged);
  await Promise.all([attacker.close(), admin.close()]);
});

test("no callbackUrl leads out of the app, even with a tab a browser drops", async ({ page, browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.goto("/sign-in?callbackUrl=/%09/evil.invalid/x");
  expect(new URL(page.url()).origin).toBe(origin);
  for (const callbackUrl of ["/%0A/evil.invalid", "/%0D%0ASet-Cookie:x=1", "/..//evil.invalid", "%5C%5Cevil.invalid"]) {
    const answer = await page.request.get(`/sign-in?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(answer.status(), callbackUrl).toBeLessThan(500);
    const location = answer.headers()["location"] ?? "";
    expect(location === "" || new URL(location, origin).origin === origin, `${callbackUrl} → ${location}`).toBe(true);
  }

  // Signing in from such a link lands in the app.
  const context = await browser.newContext({ storageState: signedOut });
  const visitor = await context.newPage();
  await visitor.goto("/sign-in?callbackUrl=/%09/evil.invalid/x");
  await visitor.getByLabel("Adresse e-mail").fill(demoUsers[2].email);
  await visitor.getByLabel("Mot de passe").fill(demoPassword);
  await visitor.getByRole("button", { name: "Se connecter" }).click();
  await expect(visitor).toHaveURL(`${origin}/dashboard`);
  await context.close();
});

test("writes from another origin, another scheme or no origin at all are refused with 403", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const https = origin.replace("http://", "https://");
  await page.goto("/towns/new");
  for (const [label, headers] of [
    ["foreign", { Origin: "http://evil.invalid" }],
    ["other scheme", { Origin: https }],
    ["none", {}],
  ] as const) {
    const answer = await page.request.post("/towns/new", {
      headers: { ...headers, "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(answer.status(), label).toBe(403);
    expect(await answer.text(), label).toContain(`the app at ${origin}`);
  }
});

test("malformed auth requests and the image optimizer answer 4xx", async ({ request }) => {
  const malformed = await request.post("/api/auth/callback/credentials", {
    headers: { "Content-Type": "application/json" },
    data: "{bad",
  });
  expect(malformed.status()).toBe(415);
  expect((await request.get("/_next/image?url=/../../x&w=64&q=75")).status()).toBe(404);
  expect((await request.get("/api/health")).status()).toBe(200);
});
