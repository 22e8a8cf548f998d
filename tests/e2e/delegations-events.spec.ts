import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";
import { dateToParisInput } from "@/lib/time";

const dayMs = 24 * 60 * 60 * 1000;

/** A datetime-local value: the Paris calendar day `days` from today, at `time`. */
function parisDateTime(days: number, time: string): string {
  return `${dateToParisInput(new Date(Date.now() + days * dayMs)).slice(0, 10)}T${time}`;
}

/** Picks the first option whose label matches, whatever the demo's exact spelling ("Haifa (IL)", "Haïfa (IL)"). */
async function fillDelegation(
  page: Page,
  delegation: { title: string; arrival: string; departure: string; size: string },
) {
  await page.getByLabel("Titre", { exact: true }).fill(delegation.title);
  await page.getByLabel("Arrivée (heure de Paris)").fill(delegation.arrival);
  await page.getByLabel("Départ (heure de Paris)").fill(delegation.departure);
  await page.getByLabel("Nombre de personnes").fill(delegation.size);
}

test("staff record a delegation from Haifa arriving next week and find it by year; a past one is marked welcomed; a manager only reads", async ({
  page,
  browser,
}) => {
  const title = `Délégation de Haïfa ${Date.now()}`;
  await page.goto("/delegations");
  await page.getByRole("link", { name: "Nouvelle délégation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle délégation" })).toBeVisible();

  // Cities are searched, not listed: type the start of the name, choose it; its country follows.
  await page.getByRole("combobox", { name: "Ville d'origine" }).pressSequentially("Ha");
  await page.getByRole("option", { name: /^Ha[iï]fa \(IL\)/ }).click();
  await expect(page.getByLabel(/Pays d'origine/)).toHaveValue("IL");
  const sectors = page.getByRole("group", { name: "Secteurs" }).getByRole("checkbox");
  await sectors.nth(0).check();
  await sectors.nth(1).check();
  // A departure before the arrival is refused next to the field; what was typed stays.
  await fillDelegation(page, {
    title,
    arrival: parisDateTime(7, "10:00"),
    departure: parisDateTime(6, "10:00"),
    size: "12",
  });
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByText("Le départ ne peut pas précéder l'arrivée.")).toBeVisible();
  await expect(page.getByLabel("Titre", { exact: true })).toHaveValue(title);
  await expect(sectors.nth(1)).toBeChecked();
  await expect(page.getByRole("combobox", { name: "Ville d'origine" })).toHaveValue(/^Ha[iï]fa \(IL\)/);
  await expect(page.getByLabel(/Pays d'origine/)).toHaveValue("IL");
  await expectAccessible(page);

  await page.getByLabel("Départ (heure de Paris)").fill(parisDateTime(9, "16:00"));
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Ha[iï]fa, Israël/).first()).toBeVisible();
  await expect(page.getByText("Attendue", { exact: true })).toBeVisible();
  // Not arrived yet: it cannot be marked welcomed.
  await expect(page.getByRole("button", { name: "Marquer comme accueillie" })).toHaveCount(0);
  await expect(page.getByText("Elle pourra être marquée comme accueillie à partir de son arrivée.")).toBeVisible();
  await expectAccessible(page);

  const year = parisDateTime(7, "10:00").slice(0, 4);
  await page.goto("/delegations");
  await page.getByLabel("Année").selectOption(year);
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);

  // A delegation that arrived last week (country typed, no city) is marked welcomed, after confirming.
  const pastTitle = `Délégation de Tokyo ${Date.now()}`;
  await page.goto("/delegations/new");
  await page.getByLabel(/Pays d'origine/).fill("JP");
  await fillDelegation(page, {
    title: pastTitle,
    arrival: parisDateTime(-7, "09:30"),
    departure: parisDateTime(-6, "18:00"),
    size: "4",
  });
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: pastTitle })).toBeVisible();
  await page.getByRole("button", { name: "Marquer comme accueillie" }).click();
  await expect(page.getByRole("dialog")).toContainText("Elle comptera parmi les délégations accueillies de l'année.");
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await expect(page.getByText("Statut enregistré.")).toBeVisible();
  await expect(page.getByText("Accueillie", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remettre en attente" })).toBeVisible();
  const delegationUrl = page.url();

  // A manager reads the same delegation, with no button to change it.
  const manager = await browser.newContext({ storageState: storageStatePath("manager") });
  const managerPage = await manager.newPage();
  await managerPage.goto(delegationUrl);
  await expect(managerPage.getByRole("heading", { level: 1, name: pastTitle })).toBeVisible();
  await expect(managerPage.getByRole("link", { name: "Modifier" })).toHaveCount(0);
  for (const button of ["Archiver", "Remettre en attente", "Annuler la délégation"]) {
    await expect(managerPage.getByRole("button", { name: button })).toHaveCount(0);
  }
  await managerPage.goto("/delegations");
  await expect(managerPage.getByRole("link", { name: "Nouvelle délégation" })).toHaveCount(0);
  await manager.close();
});

test("staff record an international event that took place, mark it held, then archive and restore it", async ({
  page,
}) => {
  const title = `Sommet international ${Date.now()}`;
  await page.goto("/events/new");
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Début (heure de Paris)").fill(parisDateTime(-3, "09:00"));
  await page.getByLabel("Fin (heure de Paris)").fill(parisDateTime(-3, "18:00"));
  await page.getByLabel("Lieu").fill("Palais Nikaïa");
  await page.getByLabel(/Fréquentation/).fill("-5");
  await page.getByLabel(/Fréquentation/).evaluate((input: HTMLInputElement) => input.removeAttribute("min"));
  // Partners are searched, not listed: choose two with the keyboard.
  const partners = page.getByRole("combobox", { name: "Partenaires" });
  for (const search of ["OTCN", "TCA"]) {
    await partners.pressSequentially(search);
    await expect(page.getByRole("option", { name: new RegExp(`\\(${search}\\)`) })).toBeVisible();
    await partners.press("ArrowDown");
    await partners.press("Enter");
  }
  const chosenPartners = page.getByRole("list", { name: "Partenaires : sélection" }).getByRole("button");
  await expect(chosenPartners).toHaveText([/\(OTCN\)/, /\(TCA\)/]);
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByText("Saisissez un nombre entier de personnes, zéro ou plus.")).toBeVisible();
  await expect(page.getByLabel("Lieu")).toHaveValue("Palais Nikaïa");
  // The refused form still names the partners chosen.
  await expect(chosenPartners).toHaveText([/\(OTCN\)/, /\(TCA\)/]);
  await page.getByLabel(/Fréquentation/).fill("1500");
  await page.getByRole("group", { name: "Secteurs" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Créer", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Office du Tourisme/).first()).toBeVisible();
  await expect(page.getByText(/Team C[oô]te d.Azur/).first()).toBeVisible();
  await page.getByRole("button", { name: "Marquer comme organisé" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await expect(page.getByText("Organisé", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Archiver" }).click();
  await expect(page.getByRole("dialog")).toContainText(title);
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await expect(
    page.getByText("Cette fiche est archivée : elle n'apparaît ni dans les listes ni dans les chiffres."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);
  await page.getByRole("button", { name: "Restaurer" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await expect(page.getByRole("link", { name: "Modifier" })).toBeVisible();
  await expectAccessible(page);

  // The edit form names the event's partners, as the server knows them.
  await page.getByRole("link", { name: "Modifier" }).click();
  await expect(chosenPartners).toHaveText([/\(OTCN\)/, /\(TCA\)/]);
});
