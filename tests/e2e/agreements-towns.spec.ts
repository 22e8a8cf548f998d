import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

// Agreements, towns and reference data (decision 007). Names carry a stamp: tests run in parallel on
// one seeded database, and a name may be used once only.
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1000)}`;

async function createDestination(page: Page, city: string): Promise<void> {
  await page.goto("/destinations/new");
  await page.getByLabel("Ville").fill(city);
  await page.getByLabel("Code pays").fill("cn");
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: city })).toBeVisible();
}

test("staff record an exclusive trademark licence with two yearly themes and find it in the list", async ({ page }) => {
  const id = stamp();
  const city = `Xiamen ${id}`;
  const title = `Licence Carnaval de Nice ${id}`;
  await createDestination(page, city);

  await page.goto("/agreements");
  await page.getByRole("link", { name: "Nouvel accord" }).click();
  await page.getByLabel("Intitulé").fill(title);
  await page.getByLabel("Type d'accord").selectOption({ label: "Licence de marque" });
  await page.getByLabel("Partenaire étranger").fill("Municipalité de Xiamen");
  // Destinations are searched, not listed: type part of the city, then choose it.
  await page.getByRole("combobox", { name: "Destination" }).pressSequentially(city);
  await page.getByRole("option", { name: `${city} (CN)` }).click();
  await page.getByLabel("Début", { exact: true }).fill("2017-05-01");
  await page.getByLabel("Fin", { exact: true }).fill("2022-04-30");
  await page.getByLabel("Exclusif", { exact: true }).check();
  // So are missions (fifty thousand at the scale of decades).
  await page.getByRole("combobox", { name: "Signé lors de la mission" }).pressSequentially("Turin");
  await page.getByRole("option", { name: /Mission Turin — réseaux électriques intelligents/ }).click();
  for (const [number, year, theme] of [
    [1, "2017", "Roi de l'énergie"],
    [2, "2018", "Batailles de fleurs à vélo"],
  ] as const) {
    await page.getByRole("button", { name: "Ajouter un thème annuel" }).click();
    const row = page.getByRole("group", { name: `Thème ${number}`, exact: true });
    await row.getByLabel("Année").fill(year);
    await row.getByLabel("Thème", { exact: true }).fill(theme);
  }
  await expectAccessible(page);
  await page.getByRole("button", { name: "Créer" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Licence de marque — Municipalité de Xiamen")).toBeVisible();
  await expect(page.getByRole("link", { name: "Mission Turin — réseaux électriques intelligents" })).toBeVisible();
  const themes = page.getByRole("table", { name: "Thèmes annuels" });
  await expect(themes.getByRole("row")).toHaveText([
    /Année\s*Thème/,
    /2017\s*Roi de l'énergie/,
    /2018\s*Batailles de fleurs à vélo/,
  ]);

  await page.goto("/agreements");
  await page.locator("main").getByRole("searchbox", { name: "Rechercher" }).fill(id);
  await page.locator("main").getByRole("button", { name: "Rechercher" }).click();
  const list = page.getByRole("table", { name: "Accords de coopération" });
  await expect(list.getByRole("row", { name: new RegExp(title) })).toContainText("Licence de marque");
  await expect(list.getByRole("row", { name: new RegExp(title) })).toContainText("Exclusif");
  await expectAccessible(page);
});

test("staff add a town; a second town of the same name is refused next to the name", async ({ page }) => {
  const name = `Saint-Martin-du-Test ${stamp()}`;
  await page.goto("/towns");
  await page.getByRole("link", { name: "Nouvelle commune" }).click();
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Connectée le").fill("2026-05-10");
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.goto("/towns/new");
  await page.getByLabel("Nom", { exact: true }).fill(name.toUpperCase());
  await page.getByRole("button", { name: "Créer" }).click();
  const nameField = page.getByLabel("Nom", { exact: true });
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription("Ce nom est déjà utilisé.");
  await expect(nameField).toHaveValue(name.toUpperCase());
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Certains champs sont à corriger.");
  await expectAccessible(page);
});

test("staff add a partner organisation; a taken short name is refused next to it and an unticked box stays unticked", async ({
  page,
}) => {
  const id = stamp();
  const name = `Agence de test ${id}`;
  const shortName = `AGT${id.slice(-6)}`;
  await page.goto("/partners/new");
  await expect(page.getByLabel("Partenaire actif")).toBeChecked();
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Sigle").fill(shortName);
  await page.getByLabel("Type").selectOption({ label: "Agence" });
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.goto("/partners/new");
  await page.getByLabel("Nom", { exact: true }).fill(`${name} bis`);
  await page.getByLabel("Sigle").fill(shortName.toLowerCase());
  await page.getByLabel("Type").selectOption({ label: "Agence" });
  await page.getByLabel("Partenaire actif").uncheck();
  await page.getByRole("button", { name: "Créer" }).click();
  const shortNameField = page.getByLabel("Sigle");
  await expect(shortNameField).toHaveAttribute("aria-invalid", "true");
  await expect(shortNameField).toHaveAccessibleDescription("Ce nom est déjà utilisé.");
  await expect(page.getByLabel("Partenaire actif")).not.toBeChecked();
  await expect(page.getByLabel("Type")).toHaveValue("AGENCY");
  await expectAccessible(page);
});

test.describe("an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("adds a sector to the reference data", async ({ page }) => {
    const code = `E2E_${stamp().replace("-", "_")}`;
    await page.goto("/admin/reference");
    await page.getByRole("link", { name: "Secteurs" }).click();
    await page.getByRole("link", { name: "Nouveau secteur" }).click();
    await page.getByLabel("Code").fill(code.toLowerCase());
    await page.getByLabel("Nom en français").fill(`Économie bleue ${code}`);
    await page.getByLabel("Nom en anglais").fill(`Blue economy ${code}`);
    await page.getByRole("button", { name: "Créer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Économie bleue ${code}` })).toBeVisible();

    await page.getByRole("link", { name: "Retour aux secteurs" }).click();
    await page.locator("main").getByRole("searchbox", { name: "Rechercher" }).fill(code);
    await page.locator("main").getByRole("button", { name: "Rechercher" }).click();
    await expect(
      page.getByRole("table", { name: "Secteurs" }).getByRole("row", { name: new RegExp(code) }),
    ).toContainText(`Blue economy ${code}`);
    await expectAccessible(page);
  });
});
