import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

test.use({ storageState: storageStatePath("manager") });

test("the 2016 dashboard reads as the brochure, each figure explained and linked to its records", async ({ page }) => {
  await page.goto("/dashboard?year=2016");
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord 2016" })).toBeVisible();
  await expect(page.getByTestId("figure-connectedTowns")).toHaveText("50");
  await expect(page.getByTestId("figure-delegationsWelcomed")).toHaveText("52");
  await expect(page.getByTestId("figure-internationalEventsOrganised")).toHaveText("32");
  await expect(page.getByTestId("figure-missionsCarriedOut")).toHaveText("13");

  const delegations = page.locator("[data-figure=delegationsWelcomed]");
  await delegations.getByText("Définition").click();
  await expect(delegations).toContainText("une arrivée le 31 décembre à 23 h 30 compte pour cette année-là");
  await expect(delegations.getByRole("link", { name: "Voir les 52 fiches comptées" })).toHaveAttribute(
    "href",
    "/delegations?status=WELCOMED&year=2016",
  );
  await expect(page.getByRole("table", { name: /Actions par destination prioritaire/ })).toBeVisible();
  await expectAccessible(page);
});

test("a malformed year gets a clear message, a year without records an empty state", async ({ page }) => {
  await page.goto("/dashboard?year=20x6");
  await expect(page.locator("main").getByRole("alert")).toContainText("Cette année n'est pas valide.");
  await page.goto("/dashboard?year=1995");
  await expect(page.getByText("Aucune donnée pour 1995")).toBeVisible();
});

test("each breakdown downloads as CSV with names, not ids", async ({ page }) => {
  await page.goto("/dashboard?year=2016");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV « Par partenaire »" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("dashboard-2016-partners.csv");
  const text = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString("utf8"));
  // French: ";" between cells and "2500,00", as a spreadsheet set to French reads them.
  expect(text).toContain("Partenaire;Missions;Délégations;Événements;Contributions (EUR)");
  expect(text).toMatch(/;\d+,\d{2};/);
  expect(text).toContain("Team Côte d'Azur");

  // 2016 has 17 countries: the table shows the first 15 and sums the other 2; the CSV has them all.
  const countries = page.getByRole("table", { name: "Par pays" });
  await expect(countries.getByRole("row")).toHaveCount(1 + 15 + 1);
  await expect(countries.getByTestId("breakdown-others")).toHaveText(/^Autres pays \(2\)\d+\d+$/);
  await expect(page.getByRole("link", { name: "Le tableau complet est dans le CSV." })).toHaveAttribute(
    "href",
    "/dashboard/export?year=2016&table=countries",
  );
});

test.describe("closing a year", () => {
  test.use({ storageState: storageStatePath("manager") });

  test("a manager closes a year after confirming; the dashboard then shows it as published", async ({ page }) => {
    await page.goto("/dashboard?year=2018");
    await page.getByRole("button", { name: "Clôturer l'année" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
    await expect(page.getByText(/Année clôturée par Marc Manager/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Rouvrir l'année" })).toHaveCount(0);
  });
});

test("the year's mission costs add up by payer and destination, each row opening the missions it counts", async ({
  page,
}) => {
  await page.goto("/dashboard?year=2016");
  const payers = page.getByRole("table", { name: "Coûts par payeur" });
  const tca = payers.getByRole("row", { name: /Team Côte d'Azur/ });
  await expect(tca.getByRole("cell").first()).toHaveText("5");
  await expect(page.getByRole("table", { name: "Coûts par destination" })).toContainText("Xiamen (Chine)");
  // What the missions led to, from their follow-ups (decision 021), opens the missions it adds up.
  await expect(page.getByTestId("result-projectsLanded")).toHaveText(/^\d+$/);
  await expect(page.getByRole("link", { name: "Voir les 13 missions réalisées de l'année" })).toHaveAttribute(
    "href",
    "/missions?year=2016&status=COMPLETED",
  );
  await tca.getByRole("link", { name: "Team Côte d'Azur" }).click();
  await expect(page).toHaveURL(/\/missions\?year=2016&paidBy=/);
  await expect(page.getByLabel("Coûts payés par")).toHaveValue(/^c/);
  await expect(page.locator("main table tbody tr")).toHaveCount(5);
  await expectAccessible(page);
});

test("the annual report prints the key figures and downloads as a PDF", async ({ page }) => {
  await page.goto("/dashboard?year=2016");
  await page.getByRole("link", { name: "Rapport annuel (impression et PDF)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chiffres clés 2016" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^52$/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger le PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("annual-report-2016.pdf");
  await expectAccessible(page);
});

test("the world map of the year's destinations says the same in words", async ({ page }) => {
  // The country outlines are one cached file the map's SVG draws on, not paths in the page.
  const outlines = page.waitForResponse((response) => new URL(response.url()).pathname === "/dashboard/world-map.svg");
  await page.goto("/dashboard?year=2016");
  expect((await outlines).status()).toBe(200);
  expect((await outlines).headers()["content-type"]).toBe("image/svg+xml");
  const map = page.getByRole("img", { name: /destinations de l'année/ });
  await expect(map).toBeVisible();
  await expect(map.locator("image")).toHaveAttribute("href", /^\/dashboard\/world-map\.svg\?v=[0-9a-f]{12}$/);
  await expect(map.locator("path")).toHaveCount(0);
  await expect(map.locator("circle").first()).toBeVisible();
  const places = page.locator("figure ol li");
  expect(await places.count()).toBe(await map.locator("circle").count());
  await expect(places.first()).toHaveText(
    /^1\. .+ : (aucune mission|\d+ missions?), (aucune délégation|\d+ délégations?)$/,
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV « Par destination »" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("dashboard-2016-destinations.csv");
});
