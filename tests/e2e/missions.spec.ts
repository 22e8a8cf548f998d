import { execFileSync } from "node:child_process";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

// Options are picked by partial label (regex), so small changes to the demo's names do not break
// the test: "Saint Petersburg" or "Saint-Pétersbourg", "Team Côte d'Azur (TCA)"…

/** The value of the first option of `select` whose label matches `label`. */
async function optionValue(select: Locator, label: RegExp): Promise<string> {
  const value = await select.locator("option").filter({ hasText: label }).first().getAttribute("value");
  expect(value, `an option matching ${label}`).toBeTruthy();
  return value ?? "";
}

/** Types `search` in a searchable picker and chooses the first match with ↓ and Enter, once it matches `label`. */
async function pick(page: Page, combobox: Locator, search: string, label: RegExp) {
  await combobox.pressSequentially(search);
  await expect(page.getByRole("option", { name: label }).first()).toBeVisible();
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
}

const partners = [
  { search: "TCA", name: /Team C[oô]te d.Azur/i, role: "Chef de file", contribution: "12 000" },
  { search: "OTCN", name: /Office du Tourisme/i, role: "Co-organisateur", contribution: "3 500,50" },
  { search: "Ballet", name: /Ballet Nice M[eé]diterran[eé]e/i, role: "Participant", contribution: "0" },
];
const pooledTotal = /15\s500,50\s€/;

/** The text of a downloaded PDF, as poppler's pdftotext reads it. */
const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });

async function fillNewMission(page: Page, title: string) {
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Premier jour").fill("2027-03-15");
  await page.getByLabel("Dernier jour").fill("2027-03-19");
  const destinations = page.getByRole("combobox", { name: "Destinations" });
  await pick(page, destinations, "Houston", /Houston/);
  await pick(page, destinations, "Peters", /Saint.P[eé]tersb/i);
  await page
    .getByRole("group", { name: "Secteurs" })
    .getByRole("checkbox", { name: /Smart Cities/i })
    .check();

  for (const [index, partner] of partners.entries()) {
    await page.getByRole("button", { name: "Ajouter un partenaire" }).click();
    const row = page.getByRole("group", { name: `Partenaire ${index + 1}`, exact: true });
    const organisation = row.getByRole("combobox", { name: "Organisation" });
    // The new row's organisation has the focus.
    await expect(organisation).toBeFocused();
    await pick(page, organisation, partner.search, partner.name);
    await expect(organisation).toHaveValue(partner.name);
    await row.getByLabel("Rôle").selectOption({ label: partner.role });
    await row.getByLabel("Apport (€)").fill(partner.contribution);
    if (index === 0) await row.getByLabel("Ce qu'il recherche").fill("Rencontrer des investisseurs texans");
  }
  await expect(page.getByText(/Total des apports/)).toHaveText(pooledTotal);

  await page.getByRole("button", { name: "Ajouter un participant" }).click();
  const participant = page.getByRole("group", { name: "Participant 1", exact: true });
  await participant.getByLabel("Nom").fill("Azur Sensors");
  await participant.getByLabel("Catégorie").selectOption({ label: "Start-up" });

  await page.getByRole("button", { name: "Ajouter une ligne" }).click();
  const line = page.getByRole("group", { name: "Ligne 1 du programme" });
  await line.getByLabel("Jour").fill("2027-03-16");
  await line.getByLabel("Heure").fill("10:00");
  await line.getByLabel("Intitulé").fill("Rencontres investisseurs");
  await line.getByLabel("Lieu").fill("Houston, Ion District");
  await line.getByLabel("Interlocuteurs").fill("王小明, Greater Houston Partnership");
  await page.getByLabel("Informations pratiques").fill("Hôtel de la délégation : Main Street.");
}

test("staff plan a multi-partner mission, find it by sector and edit it; a concurrent edit gets the conflict notice", async ({
  page,
  browser,
}) => {
  // Five searches in pickers, two saves, a conflict and four accessibility checks: over a minute on a busy 2-core machine.
  test.slow();
  const title = `Mission e2e ${Date.now()}`;
  await page.goto("/missions");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nouvelle mission" }).click();
  await fillNewMission(page, title);

  // A refused form keeps every row typed and says what to fix.
  await page.getByLabel("Dernier jour").fill("2027-03-10");
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByText("Le dernier jour ne peut pas précéder le premier.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Partenaire 3", exact: true }).getByLabel("Apport (€)")).toHaveValue(
    "0",
  );
  await expect(
    page.getByRole("group", { name: "Partenaire 2", exact: true }).getByRole("combobox", { name: "Organisation" }),
  ).toHaveValue(/Office du Tourisme/);
  await expect(page.getByRole("button", { name: /^Retirer Houston/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Retirer Saint.P[eé]tersb/i })).toBeVisible();
  await expect(page.getByRole("group", { name: "Participant 1", exact: true }).getByLabel("Nom")).toHaveValue(
    "Azur Sensors",
  );
  await expectAccessible(page);

  await page.getByLabel("Dernier jour").fill("2027-03-19");
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The save is confirmed, and the confirmation's parameter leaves the address at once.
  await expect(page.getByRole("status").filter({ hasText: "C'est enregistré." })).toBeVisible();
  await expect(page).not.toHaveURL(/saved=/);
  const missionUrl = page.url();
  expect(missionUrl).toMatch(/\/missions\/(?!new$)[^/]+$/);
  await expect(page.getByTestId("pooled-total")).toHaveText(pooledTotal);
  await expect(page.getByText(/Houston/).first()).toBeVisible();
  await expect(page.getByText(/Saint.P[eé]tersb/i).first()).toBeVisible();
  await expect(page.getByText(/Ballet Nice M[eé]diterran[eé]e/i).first()).toBeVisible();
  await expect(page.getByText("Recherche : Rencontrer des investisseurs texans")).toBeVisible();
  await expect(page.getByText("Rencontre : 王小明, Greater Houston Partnership")).toBeVisible();
  await expectAccessible(page);

  // The briefing book the delegation carries: Houston's 10:00 is 16:00 in Paris that week.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Dossier de mission (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^briefing-book-mission-e2e-\d+\.pdf$/);
  const book = pdfText(await download.path());
  expect(book).toContain(title);
  expect(book).toMatch(/10:00\s+16:00\s+Rencontres investisseurs/);
  expect(book).toContain("王小明, Greater Houston Partnership");
  expect(book).toContain("Rencontrer des investisseurs texans");
  expect(book).toContain("Hôtel de la délégation : Main Street.");

  // The list, filtered by sector, shows it (the latest mission comes first).
  await page.goto("/missions");
  const sector = page.getByLabel("Secteur", { exact: true });
  await sector.selectOption(await optionValue(sector, /Smart Cities/i));
  await expect(page).toHaveURL(/[?&]sector=/);
  await page.getByRole("table").getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(missionUrl);

  // Staff and an admin open the edit form at the same version; staff saves first.
  await page.getByRole("link", { name: "Modifier" }).click();
  await expect(page.getByLabel("Titre", { exact: true })).toHaveValue(title);
  // The edit form names what the mission holds (the server's labels), ready to change.
  await expect(page.getByRole("button", { name: /^Retirer Houston/ })).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Partenaire 1", exact: true }).getByRole("combobox", { name: "Organisation" }),
  ).toHaveValue(/\(TCA\)/);
  const adminContext = await browser.newContext({ storageState: storageStatePath("admin") });
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`${missionUrl}/edit`);
  await expect(adminPage.getByLabel("Titre", { exact: true })).toHaveValue(title);

  const editedTitle = `${title} (modifiée)`;
  await page.getByLabel("Titre", { exact: true }).fill(editedTitle);
  await page.getByLabel("Budget (€)").fill("45 000");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: editedTitle })).toBeVisible();
  await expect(page.getByText(/45\s000,00\s€/)).toBeVisible();

  await adminPage.getByLabel("Budget (€)").fill("99 000");
  await adminPage.getByRole("button", { name: "Enregistrer" }).click();
  const notice = adminPage.getByRole("alert").filter({ hasText: "Quelqu'un a enregistré cette fiche avant vous" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`Titre vaut maintenant « ${editedTitle} »`);
  await expect(adminPage.getByLabel("Budget (€)")).toHaveValue("99 000");
  await expectAccessible(adminPage);
  await adminContext.close();

  // Nothing of the admin's save was written.
  await page.reload();
  await expect(page.getByText(/45\s000,00\s€/)).toBeVisible();

  // The audit log reads as the form: labels, euros, names — no field names, cents or ids.
  const auditContext = await browser.newContext({ storageState: storageStatePath("admin") });
  const auditPage = await auditContext.newPage();
  await auditPage.goto("/admin/audit?entityType=Mission");
  const entry = auditPage
    .getByRole("row")
    .filter({ hasText: `Mission · ${editedTitle}` })
    .filter({ hasText: "Modification" });
  await expect(entry).toContainText(`Titre : ${title} → ${editedTitle}`);
  await expect(entry).toContainText(/Budget : — → 45\s000,00\s€/);
  await expect(entry).not.toContainText("budgetCents");
  await auditContext.close();
});

test.describe("a manager", () => {
  test.use({ storageState: storageStatePath("manager"), expectedConsoleErrors: [/status of 403/] });

  test("reads a mission but cannot edit it", async ({ page }) => {
    await page.goto("/missions");
    await expect(page.getByRole("link", { name: "Nouvelle mission" })).toHaveCount(0);
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/missions\/(?!new$)[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Archiver" })).toHaveCount(0);
    await expectAccessible(page);
    const response = await page.goto(`${page.url()}/edit`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  });
});
