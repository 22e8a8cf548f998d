import { execFileSync } from "node:child_process";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

// The path of issue 17's "done when": staff plan a two-city mission with two partners and submit
// it, a manager returns it with a comment, staff fix and resubmit it, the manager approves (decision
// 015). Each side sees what the other did. Three travellers: it is confirmed only once the elected
// official has the mandat spécial and the staff member an order within the cap (decisions 016,
// 025); then its costs and allowances, its briefing book, and it is completed. The trip took
// place last month, so that it can be completed.

/** Last month's 16 to 18: a trip that took place, two nights and three days; its papers' days. */
const trip = (() => {
  const now = new Date();
  const day = (monthsFromNow: number, date: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsFromNow, date)).toISOString().slice(0, 10);
  return {
    first: day(-1, 16),
    last: day(-1, 18),
    deliberation: day(-1, 1),
    orderSigned: day(-1, 2),
    // Four months before: valid to the return, but longer than the (demo) cap of two months.
    staleOrderSigned: day(-4, 2),
  };
})();

const partners = [
  { search: "TCA", name: /Team C[oô]te d.Azur/i, role: "Chef de file" },
  { search: "OTCN", name: /Office du Tourisme/i, role: "Participant" },
];

/** Picks `name` among the options a combobox suggests for `search`. */
async function pick(page: Page, combobox: Locator, search: string, name: RegExp) {
  await combobox.pressSequentially(search);
  await expect(page.getByRole("option", { name }).first()).toBeVisible();
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
}

/** Takes a step in the mission's status section; `comment` when the step says why. */
async function takeStep(page: Page, step: string, comment?: string) {
  const section = page.getByRole("region", { name: "Statut de la mission" });
  await section.getByLabel("Étape suivante").selectOption({ label: step });
  if (comment !== undefined) await section.getByLabel("Commentaire").fill(comment);
  await section.getByRole("button", { name: "Valider cette étape" }).click();
}

test("staff plan a two-city mission with two partners, a manager returns then approves it, it is confirmed once its travellers may leave, then costed and completed", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Mission à approuver ${Date.now()}`;
  await page.goto("/missions/new");
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Premier jour").fill(trip.first);
  await page.getByLabel("Dernier jour").fill(trip.last);
  const destinations = page.getByRole("combobox", { name: "Destinations" });
  await pick(page, destinations, "Houston", /Houston/);
  await pick(page, destinations, "New York", /New York/);
  for (const [index, partner] of partners.entries()) {
    await page.getByRole("button", { name: "Ajouter un partenaire" }).click();
    const row = page.getByRole("group", { name: `Partenaire ${index + 1}`, exact: true });
    await pick(page, row.getByRole("combobox", { name: "Organisation" }), partner.search, partner.name);
    await row.getByLabel("Rôle").selectOption({ label: partner.role });
  }
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The save is confirmed, and the confirmation's parameter leaves the address at once.
  await expect(page.getByRole("status").filter({ hasText: "C'est enregistré." })).toBeVisible();
  await expect(page).not.toHaveURL(/saved=/);
  const missionUrl = page.url();

  await takeStep(page, "Soumettre pour approbation");
  await expect(page.getByText("Statut actuel : Soumise")).toBeVisible();
  // The step says it was taken.
  await expect(
    page.getByRole("region", { name: "Statut de la mission" }).getByText("Étape enregistrée."),
  ).toBeVisible();
  await expect(page.getByText("Cette mission attend l'approbation d'un responsable")).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);
  await expectAccessible(page);

  // The manager finds it among the missions waiting for approval and returns it, saying why.
  const managerContext = await browser.newContext({ storageState: storageStatePath("manager") });
  const manager = await managerContext.newPage();
  await manager.goto("/missions");
  await manager.getByRole("link", { name: "Voir les missions à approuver" }).click();
  await manager.getByRole("table").getByRole("link", { name: title }).click();
  await expect(manager).toHaveURL(missionUrl);
  // Returning asks why before anything is sent.
  const status = manager.getByRole("region", { name: "Statut de la mission" });
  await status.getByLabel("Étape suivante").selectOption({ label: "Renvoyer au brouillon avec un commentaire" });
  await expect(status.getByLabel("Commentaire")).toHaveAttribute("required", "");
  await takeStep(manager, "Renvoyer au brouillon avec un commentaire", "Le budget manque.");
  await expect(manager.getByText("Statut actuel : Brouillon")).toBeVisible();

  // Staff read why, fix it and submit again.
  await page.reload();
  await expect(page.getByText(/Renvoyée au brouillon par Marc Manager/)).toBeVisible();
  await expect(page.getByText("Le budget manque.").first()).toBeVisible();
  await page.getByRole("link", { name: "Modifier" }).click();
  await page.getByLabel("Budget (€)").fill("18 000");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await takeStep(page, "Soumettre pour approbation");
  await expect(page.getByText("Statut actuel : Soumise")).toBeVisible();

  await manager.reload();
  await takeStep(manager, "Approuver");
  await expect(manager.getByText("Statut actuel : Approuvée")).toBeVisible();
  const history = manager.getByRole("region", { name: "Historique du statut" });
  await expect(history.getByRole("listitem")).toHaveCount(4);
  await expect(history.getByRole("listitem").first()).toContainText("Soumise → Approuvée");
  await expectAccessible(manager);
  await managerContext.close();

  await page.reload();
  await expect(page.getByText("Statut actuel : Approuvée")).toBeVisible();
  await expect(page.getByLabel("Étape suivante").locator("option", { hasText: "Confirmer" })).toHaveCount(1);

  // Three travellers: "confirm" waits for the elected official's mandat spécial and the staff
  // member's mission order; the partner's representative travels under their own rules.
  const travellers = page.getByRole("region", { name: "Voyageurs et autorisations" });
  const addTraveller = async (kind: string, name: string) => {
    await page.getByRole("link", { name: "Ajouter un voyageur" }).click();
    await page.getByLabel("Qualité").selectOption({ label: kind });
    await page.getByLabel("Nom", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Créer", exact: true }).click();
    await expect(travellers).toContainText(name);
  };
  await addTraveller("Élu", "Christian Estrosi");
  await addTraveller("Agent de la Métropole", "Sophie Staff");
  await addTraveller("Représentant d'un partenaire", "Paul Partenaire");
  await expect(travellers).toContainText("Manque : la délibération conférant le mandat spécial");
  await expect(travellers).toContainText("Manque : l'ordre de mission");
  await expect(page.getByText(/« Confirmer » sera proposé quand .*Christian Estrosi/)).toBeVisible();
  await expect(page.getByLabel("Étape suivante").locator("option", { hasText: "Confirmer" })).toHaveCount(0);
  // Back from the form's redirect, the page's title arrives with its metadata: judge the settled page.
  await expect(page).toHaveTitle(new RegExp(title));
  await expectAccessible(page);

  await travellers.getByRole("link", { name: "Modifier Christian Estrosi" }).click();
  await page.getByLabel("N° de la délibération").fill("2026-118");
  await page.getByLabel("Date de la délibération").fill(trip.deliberation);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(travellers).toContainText("Mandat spécial : délibération 2026-118");
  // An order signed four months before runs past the cap administrators keep (two months, demo).
  const fillOrder = async (signedOn: string) => {
    await travellers.getByRole("link", { name: "Modifier Sophie Staff" }).click();
    await page.getByLabel("N° de l'ordre de mission").fill("OM-2026-042");
    await page.getByLabel("Signataire").fill("Directeur général des services");
    await page.getByLabel("Signé le").fill(signedOn);
    await page.getByLabel("Valable jusqu'au").fill(trip.last);
    await page.getByRole("button", { name: "Enregistrer" }).click();
  };
  await fillOrder(trip.staleOrderSigned);
  await expect(travellers).toContainText("un ordre valable au plus 2 mois après sa signature (à renouveler)");
  await expect(page.getByLabel("Étape suivante").locator("option", { hasText: "Confirmer" })).toHaveCount(0);
  await fillOrder(trip.orderSigned);
  await expect(travellers.getByText("En règle pour ce voyage.")).toHaveCount(2);
  await takeStep(page, "Confirmer");
  await expect(page.getByText("Statut actuel : Confirmée")).toBeVisible();

  // Its costs, planned then actual, added up to the cent (decision 017).
  await page.getByRole("link", { name: "Ajouter une ligne de coût" }).click();
  await page.getByLabel("Catégorie").selectOption({ label: "Transport" });
  await page.getByLabel("Prévu (€)").fill("-5");
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByText("Saisissez un nombre positif ou nul.")).toBeVisible();
  await page.getByLabel("Prévu (€)").fill("1 500,50");
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await page.getByRole("link", { name: "Ajouter une ligne de coût" }).click();
  await page.getByLabel("Catégorie").selectOption({ label: "Hébergement" });
  await page.getByLabel("Prévu (€)").fill("800");
  await page.getByLabel("Réel (€)").fill("799,99");
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByTestId("costs-planned-total")).toHaveText(/2\s300,50\s€/);
  await expect(page.getByTestId("costs-actual-total")).toHaveText(/799,99\s€/);
  await expect(page).toHaveTitle(new RegExp(title));
  await expectAccessible(page);

  // Its daily allowances at the United States' (demo) rate of 250 €, for its two Métropole
  // travellers: two nights and four meals each, then the first night offered by the host (decision 018).
  await page.getByRole("link", { name: "Calculer les indemnités journalières" }).click();
  await expect(page.getByTestId("allowance-total")).toHaveText(/1\s000,00\s€/);
  await expect(page.getByText(/Valeur de démonstration, pas un taux officiel/).first()).toBeVisible();
  await page.getByLabel(/^Nuit du .* 16 /).selectOption("HOST");
  await page.getByRole("button", { name: "Enregistrer les jours" }).click();
  await expect(page.getByText("Jours enregistrés.")).toBeVisible();
  await expect(page.getByTestId("allowance-total")).toHaveText(/675,00\s€/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Reporter en coût prévu" }).click();
  await expect(page.getByTestId("costs-planned-total")).toHaveText(/2\s975,50\s€/);

  // The briefing book the delegation carries names its travellers and partners (decision 022).
  const [book] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Dossier de mission (PDF)" }).click(),
  ]);
  const text = execFileSync("pdftotext", ["-layout", await book.path(), "-"], { encoding: "utf8" });
  expect(text).toContain(title);
  expect(text).toMatch(/Christian Estrosi\s+Élu/);
  expect(text).toMatch(/Sophie Staff\s+Agent de la Métropole/);
  expect(text).toMatch(/Team C[oô]te d.Azur/);
  expect(text).toContain("New York");

  // Back from the trip: it is completed.
  await takeStep(page, "Marquer comme réalisée");
  await expect(page.getByText("Statut actuel : Réalisée")).toBeVisible();
});
