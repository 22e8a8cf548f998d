import { chooseLanguage, expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

const areasInFrench = [
  ["Missions", "Missions à l'international"],
  ["Délégations", "Délégations étrangères"],
  ["Événements", "Événements internationaux"],
  ["Actions conjointes", "Actions conjointes"],
  ["Partenaires", "Partenaires"],
  ["Destinations", "Destinations"],
  ["Accords", "Accords"],
  ["Communes", "Communes connectées"],
  ["Calendrier", "Calendrier"],
  ["Tableau de bord", /^Tableau de bord \d{4}$/],
] as const;

test("opens on the dashboard, in French by default", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: /^Tableau de bord \d{4}$/ })).toBeVisible();
  await expectAccessible(page);
});

test("reaches every area from the navigation, each with a clean page", async ({ page }) => {
  // Ten pages, each checked with axe.
  test.slow();
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  for (const [link, heading] of areasInFrench) {
    await nav.getByRole("link", { name: link, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole("link", { name: link, exact: true })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);
  }
});

test("lists the demo partner organisations from the database", async ({ page }) => {
  await page.goto("/partners");
  const table = page.getByRole("table", { name: "Organisations partenaires" });
  await expect(table.getByRole("row", { name: /Team Côte d'Azur/ })).toContainText("Agence");
  await expect(table.getByRole("row", { name: /OTCN/ })).toContainText("Office de tourisme");
});

test.describe("the language", () => {
  test.use({ storageState: storageStatePath("languageTester") });

  test("switches to English and stays so on every page", async ({ page }) => {
    await page.goto("/missions");
    await chooseLanguage(page, "en");
    await expect(page.getByRole("heading", { level: 1, name: "International missions" })).toBeVisible();
    // Dates in the British convention: day before month, no AM/PM.
    await page.goto("/search?q=xiamen");
    await expect(page.getByText(/^7\s–\s10 Mar 2016$/)).toBeVisible();
    await page.goto("/towns");
    await expect(page.getByRole("heading", { level: 1, name: "Connected towns" })).toBeVisible();
    await expectAccessible(page);
    await chooseLanguage(page, "fr");
    await expect(page.getByRole("heading", { level: 1, name: "Communes connectées" })).toBeVisible();
  });
});

test.describe("an unknown page", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("answers with a not-found page", async ({ page }) => {
    const response = await page.goto("/no-such-area");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await page.getByRole("link", { name: "Retour au tableau de bord" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test.describe("for a partner user", () => {
    test.use({ storageState: storageStatePath("partner") });

    test("leads back to their workspace, not to a dashboard they may not open", async ({ page }) => {
      await page.goto("/no-such-area");
      await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
      await page.getByRole("link", { name: "Retour à votre espace partenaire" }).click();
      await expect(page).toHaveURL(/\/workspace$/);
    });
  });
});

test("is usable with the keyboard alone", async ({ page }) => {
  await page.goto("/dashboard");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  // Tab from the top into the navigation and follow a link with Enter.
  const missions = page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Missions" });
  await missions.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Missions à l'international" })).toBeVisible();
});

test("names the record in the tab of each record page", async ({ page }) => {
  for (const area of ["delegations", "events", "agreements", "partners", "destinations", "towns"]) {
    await page.goto(`/${area}`);
    const first = page.getByRole("table").getByRole("link").first();
    const name = (await first.innerText()).trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page).toHaveTitle(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  }
});
