import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

// A mission's approval (decision 015): staff submit, a manager returns it with a comment, staff
// fix and submit again, the manager approves. Each side sees what the other did. Then it is
// confirmed once its elected traveller has the mandat spécial (decision 016).

/** Takes a step in the mission's status section; `comment` when the step says why. */
async function takeStep(page: Page, step: string, comment?: string) {
  const section = page.getByRole("region", { name: "Statut de la mission" });
  await section.getByLabel("Étape suivante").selectOption({ label: step });
  if (comment !== undefined) await section.getByLabel("Commentaire").fill(comment);
  await section.getByRole("button", { name: "Valider cette étape" }).click();
}

test("staff submit a mission, a manager returns it with a comment, staff fix and resubmit it, the manager approves", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Mission à approuver ${Date.now()}`;
  await page.goto("/missions/new");
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Premier jour").fill("2027-05-10");
  await page.getByLabel("Dernier jour").fill("2027-05-12");
  const destinations = page.getByRole("combobox", { name: "Destinations" });
  await destinations.pressSequentially("Houston");
  await expect(page.getByRole("option", { name: /Houston/ }).first()).toBeVisible();
  await destinations.press("ArrowDown");
  await destinations.press("Enter");
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
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

  // An elected official travels: "confirm" waits for the deliberation conferring the mandat spécial.
  await page.getByRole("link", { name: "Ajouter un voyageur" }).click();
  await page.getByLabel("Qualité").selectOption({ label: "Élu" });
  await page.getByLabel("Nom", { exact: true }).fill("Christian Estrosi");
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  const travellers = page.getByRole("region", { name: "Voyageurs et autorisations" });
  await expect(travellers).toContainText("Manque : la délibération conférant le mandat spécial");
  await expect(page.getByText(/« Confirmer » sera proposé quand .* Christian Estrosi/)).toBeVisible();
  await expect(page.getByLabel("Étape suivante").locator("option", { hasText: "Confirmer" })).toHaveCount(0);
  // Back from the form's redirect, the page's title arrives with its metadata: judge the settled page.
  await expect(page).toHaveTitle(new RegExp(title));
  await expectAccessible(page);

  await travellers.getByRole("link", { name: "Modifier Christian Estrosi" }).click();
  await page.getByLabel("N° de la délibération").fill("2027-118");
  await page.getByLabel("Date de la délibération").fill("2027-04-20");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(travellers).toContainText("Mandat spécial : délibération 2027-118");
  await expect(travellers).toContainText("En règle pour ce voyage.");
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

  // Its daily allowances at the United States' (demo) rate of 250 €, for its one elected
  // traveller: two nights and four meals, then the first night offered by the host (decision 018).
  await page.getByRole("link", { name: "Calculer les indemnités journalières" }).click();
  await expect(page.getByTestId("allowance-total")).toHaveText(/500,00\s€/);
  await expect(page.getByText(/Valeur de démonstration, pas un taux officiel/)).toBeVisible();
  await page.getByLabel(/^Nuit du .* 10 mai$/).selectOption("HOST");
  await page.getByRole("button", { name: "Enregistrer les jours" }).click();
  await expect(page.getByText("Jours enregistrés.")).toBeVisible();
  await expect(page.getByTestId("allowance-total")).toHaveText(/337,50\s€/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Reporter en coût prévu" }).click();
  await expect(page.getByTestId("costs-planned-total")).toHaveText(/2\s638,00\s€/);

  // The briefing book the delegation carries names its traveller and what they are (decision 022).
  const [book] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Dossier de mission (PDF)" }).click(),
  ]);
  const text = execFileSync("pdftotext", ["-layout", await book.path(), "-"], { encoding: "utf8" });
  expect(text).toContain(title);
  expect(text).toMatch(/Christian Estrosi\s+Élu/);
});
