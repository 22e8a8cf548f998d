import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

// Search everywhere (issue 21): one box in the shell, "/" to reach it, results grouped by kind,
// case and accents aside, within what the user may read.

test.describe("as staff", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("finds Xiamen in every kind of record from the shell's box, reached with /", async ({ page }) => {
    await page.goto("/missions");
    await page.locator("body").press("/");
    const box = page.getByRole("search", { name: "Rechercher partout" }).getByRole("searchbox");
    await expect(box).toBeFocused();
    await page.keyboard.type("XIAMEN");
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/search\?q=XIAMEN$/);
    await expect(page).toHaveTitle(/^« XIAMEN » — Recherche/);
    const groups = page.locator("main section h2");
    await expect(groups).toHaveText([
      /^Missions/,
      /^Délégations/,
      /^Événements/,
      /^Accords/,
      /^Actions conjointes/,
      /^Destinations/,
    ]);
    const agreements = page.getByRole("region", { name: /^Accords/ });
    await expect(
      agreements.getByRole("link", { name: "Licence de la marque Carnaval de Nice en Chine" }),
    ).toBeVisible();
    // The counterpart and the country tell which Xiamen agreement this is.
    await expect(agreements).toContainText("Chine · Municipalité de Xiamen — bureau du tourisme");
    await page
      .getByRole("region", { name: /^Missions/ })
      .getByRole("link", { name: "Mission Xiamen — licence de la marque Carnaval de Nice" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /Mission Xiamen — licence/ })).toBeVisible();
  });

  test("ignores case and accents, and says clearly when nothing or too little is asked", async ({ page }) => {
    await page.goto("/search?q=genes");
    await expect(
      page
        .getByRole("region", { name: /^Délégations/ })
        .getByRole("link")
        .first(),
    ).toHaveText(/Délégation de Gênes/);
    await expectAccessible(page);

    await page.goto("/search?q=ni");
    await expect(page.locator("main").getByRole("alert")).toHaveText(
      "Tapez au moins 3 caractères : plus court, presque tout correspondrait.",
    );
    await page.goto("/search?q=zzzqqq");
    await expect(page.getByRole("heading", { name: "Aucun résultat pour « zzzqqq »" })).toBeVisible();
  });
});

test.describe("as a partner", () => {
  test.use({ storageState: storageStatePath("partner") });

  test("finds only their organisation's records, and no reference data", async ({ page }) => {
    await page.goto("/search?q=xiamen");
    await expect(page.getByRole("heading", { level: 1, name: "Recherche" })).toBeVisible();
    await expect(page.getByRole("region", { name: /^Accords/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: /^Destinations/ })).toHaveCount(0);
    // Team Côte d'Azur did not take part in the Carnival licence mission (OTCN and the Carnival did).
    await expect(
      page.getByRole("link", { name: "Mission Xiamen — licence de la marque Carnaval de Nice" }),
    ).toHaveCount(0);
  });
});

test.describe("on a phone", () => {
  test.use({ storageState: storageStatePath("staff"), viewport: { width: 390, height: 844 } });

  test("the search box stays on screen outside the closed menu", async ({ page }) => {
    await page.goto("/dashboard");
    const box = page.getByRole("search", { name: "Rechercher partout" }).getByRole("searchbox");
    await expect(box).toBeVisible();
    await box.fill("nice");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=nice$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no horizontal scrolling at phone width").toBeLessThanOrEqual(0);
  });
});
