import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath, type DemoRole } from "./roles";
import { parisDay } from "@/lib/time";

// The partner workspace: two partner users of different organisations each log an action; each sees only their
// own; staff (the default signed-in state) see both.

/** Logs an action; staff find the organisation by name (`organisation`), partner users have no choice. */
async function logAction(page: Page, title: string, organisation?: { search: string; name: RegExp }): Promise<void> {
  await page.goto("/joint-actions");
  await page.getByRole("link", { name: "Nouvelle action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle action conjointe" })).toBeVisible();
  if (organisation) {
    // Organisations are searched, not listed (hundreds at the scale of decades).
    await page.getByRole("combobox", { name: "Organisation" }).pressSequentially(organisation.search);
    await page.getByRole("option", { name: organisation.name }).click();
  } else {
    // Partner users have no organisation choice: theirs is used.
    await expect(page.getByLabel("Organisation")).toHaveCount(0);
  }
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Date", { exact: true }).fill(parisDay());
  await page.getByLabel("Type", { exact: true }).selectOption("B2B_MEETINGS");
  await page.getByLabel("Nombre de contacts").fill("4");
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  // Earlier runs may have left similar titles: the form then lists them and offers to save anyway.
  const saveAnyway = page.getByRole("button", { name: "Enregistrer quand même" });
  const saved = page.getByRole("heading", { level: 1, name: title });
  await expect(saved.or(saveAnyway)).toBeVisible();
  if (await saveAnyway.isVisible()) {
    await expect(page.getByRole("heading", { name: "Enregistrements semblables" })).toBeVisible();
    await expect(page.getByLabel("Titre", { exact: true })).toHaveValue(title);
    await saveAnyway.click();
  }
  await expect(saved).toBeVisible();
}

async function asRole(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  return { context, page: await context.newPage() };
}

async function searchList(page: Page, text: string): Promise<void> {
  await page.goto(`/joint-actions?q=${encodeURIComponent(text)}`);
}

test("two partner organisations each log an action and see only their own; staff see both", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const tcaTitle = `Rendez-vous B2B Côte d'Azur ${stamp}`;
  const otcnTitle = `Accueil presse OTCN ${stamp}`;

  const tca = await asRole(browser, "partner");
  await logAction(tca.page, tcaTitle);
  const otcn = await asRole(browser, "otherPartner");
  await logAction(otcn.page, otcnTitle);

  await searchList(tca.page, String(stamp));
  await expect(tca.page.getByRole("link", { name: tcaTitle })).toBeVisible();
  await expect(tca.page.getByRole("link", { name: otcnTitle })).toHaveCount(0);
  // No partner filter for partner users.
  await expect(tca.page.getByLabel("Partenaire", { exact: true })).toHaveCount(0);
  await expectAccessible(tca.page);

  await searchList(otcn.page, String(stamp));
  await expect(otcn.page.getByRole("link", { name: otcnTitle })).toBeVisible();
  await expect(otcn.page.getByRole("link", { name: tcaTitle })).toHaveCount(0);

  // A guessed id of the other organisation's action answers "not found".
  const otcnHref = await otcn.page.getByRole("link", { name: otcnTitle }).getAttribute("href");
  expect((await tca.page.goto(otcnHref ?? "/joint-actions/unknown"))?.status()).toBe(404);

  await searchList(page, String(stamp));
  await expect(page.getByRole("link", { name: tcaTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: otcnTitle })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Synthèse par organisation/ })).toBeVisible();

  // The dashboard's partner breakdown for this year counts both organisations' actions.
  const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric" }).format(new Date());
  await page.goto(`/dashboard?year=${year}`);
  const byPartner = page.getByRole("table", { name: "Par partenaire" });
  for (const organisation of ["Team Côte d'Azur", "Office du Tourisme et des Congrès de Nice"]) {
    const jointActions = byPartner
      .getByRole("row", { name: new RegExp(`^${organisation}`) })
      .getByRole("cell")
      .nth(4);
    expect(Number(await jointActions.textContent())).toBeGreaterThanOrEqual(1);
  }

  await tca.context.close();
  await otcn.context.close();
});

test("staff log an action for an organisation they find by name", async ({ page }) => {
  const title = `Salon professionnel ${Date.now()}`;
  await logAction(page, title, { search: "Tourisme", name: /^Office du Tourisme et des Congrès de Nice \(OTCN\)/ });
  await expect(page.getByText("Office du Tourisme et des Congrès de Nice (OTCN)")).toBeVisible();
});
