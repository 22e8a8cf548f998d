import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

// Travelling in time (issue 21): the dashboard never opens on an empty year while another has
// records, the calendar reaches any month in two choices and comes back with "today", and the
// partner workspace summarises any year.

const thisYear = new Date().getFullYear();

test.describe("as a manager", () => {
  test.use({ storageState: storageStatePath("manager") });

  test("the dashboard opens on a year with records, and says so when it is not the current one", async ({ page }) => {
    await page.goto("/dashboard");
    const heading = page.getByRole("heading", { level: 1, name: /^Tableau de bord \d{4}$/ });
    const shown = Number((await heading.textContent())?.slice(-4));
    await expect(page.getByText(/^Aucune donnée pour/)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: `Chiffres clés ${shown}` })).toBeVisible();
    if (shown !== thisYear) {
      await expect(page.getByRole("status").filter({ hasText: "Aucune fiche n'est encore enregistrée" })).toHaveText(
        `Aucune fiche n'est encore enregistrée pour ${thisYear} : voici ${shown}, la dernière année qui en a.`,
      );
      await page.getByRole("link", { name: `Cette année (${thisYear})` }).click();
      await expect(page).toHaveURL(new RegExp(`/dashboard\\?year=${thisYear}$`));
    }
  });
});

test.describe("as staff", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("the calendar goes to any month and year, and back to today", async ({ page }) => {
    await page.goto("/calendar");
    const goTo = page.getByRole("form", { name: "Aller à une période" });
    await goTo.getByLabel("Mois").selectOption({ label: "mars" });
    await goTo.getByLabel("Année").selectOption("2016");
    await goTo.getByRole("button", { name: "Afficher" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "mars 2016" })).toBeVisible();
    await expect(page).toHaveURL(/m=03&year=2016/);
    // The previous/next links carry on from there.
    await page.getByRole("link", { name: "Mois suivant →" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "avril 2016" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Aujourd'hui" }).click();
    const thisMonth = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "Europe/Paris" });
    await expect(page.getByRole("heading", { level: 2, name: thisMonth.format(new Date()) })).toBeVisible();
    await expect(page.getByRole("link", { name: "Aujourd'hui" })).toHaveAttribute("aria-current", "date");

    await page.getByRole("link", { name: "Frise de l'année" }).click();
    await goTo.getByLabel("Année").selectOption("2017");
    await goTo.getByRole("button", { name: "Afficher" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "2017" })).toBeVisible();
  });
});

test.describe("as a partner", () => {
  test.use({ storageState: storageStatePath("partner") });

  test("the workspace summarises the year asked for", async ({ page }) => {
    await page.goto("/workspace?year=2016");
    const summary = page.getByRole("region", { name: "2016 en bref" });
    await expect(summary).toBeVisible();
    await expect(summary.getByText("Missions", { exact: true }).locator("xpath=following-sibling::dd")).not.toHaveText(
      "0",
    );
    await summary.getByRole("link", { name: "Année suivante : 2017" }).click();
    await expect(page.getByRole("region", { name: "2017 en bref" })).toBeVisible();
    await page
      .getByRole("region", { name: "2017 en bref" })
      .getByRole("combobox", { name: "Année" })
      .selectOption("2015");
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(page.getByRole("region", { name: "2015 en bref" })).toBeVisible();

    await page.goto("/workspace?year=20x6");
    await expect(page.locator("main").getByRole("alert")).toHaveText(
      `Cette année n'est pas valide : voici ${thisYear}.`,
    );
  });
});
