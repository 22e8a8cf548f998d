import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

// Spreadsheets (decision 012): a staff member exports a filtered list, starts an import from the template,
// sees the problem the preview finds, fixes the file and imports it. Runs as staff (the default).

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const waiting = page.waitForEvent("download");
  await click();
  const download = await waiting;
  const text = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  return { download, text };
}

/** A CSV line, quoting every cell (the import reads RFC 4180). */
const csvLine = (cells: string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(",");

test("staff export the filtered missions list, import a file from the template, fix its error and see the records", async ({
  page,
}) => {
  await page.goto("/missions?status=COMPLETED&year=2016");
  await expectAccessible(page);
  const { download, text } = await downloaded(page, () =>
    page.getByRole("link", { name: "Exporter la liste filtrée en CSV" }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/^missions-\d{4}-\d{2}-\d{2}\.csv$/);
  // In French, ";" between cells, as a spreadsheet set to French splits them.
  expect(text.startsWith("Titre;Statut;")).toBe(true);
  // The brochure's 13 missions carried out in 2016, every one of them, not only the first page.
  expect(text.split(";Réalisée;").length - 1).toBe(13);

  await page.getByRole("link", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importer des missions" })).toBeVisible();
  await expectAccessible(page);
  const template = await downloaded(page, () => page.getByRole("link", { name: "Télécharger le modèle CSV" }).click());
  const columns = template.text.trim().split(";");
  expect(columns).toContain("Premier jour");

  const title = `Mission importée e2e ${Date.now()}`;
  const values: Record<string, string> = {
    Titre: title,
    Statut: "Approuvée",
    "Premier jour": "2027-04-12",
    "Dernier jour": "2027-04-14",
    Destinations: "Atlantis",
    Secteurs: "Smart Cities",
  };
  const file = (destination: string) => ({
    name: "missions.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `${columns.join(",")}\r\n${csvLine(columns.map((column) => (column === "Destinations" ? destination : (values[column] ?? ""))))}\r\n`,
    ),
  });

  const fileInput = page.getByLabel("Fichier CSV ou Excel (.xlsx)");
  await fileInput.setInputFiles(file("Atlantis"));
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  const preview = page.getByRole("table", { name: "Lignes du fichier et ce que l'import en fera" });
  await expect(preview.getByRole("row", { name: new RegExp(title) })).toContainText("« Atlantis » n'existe pas.");
  await expect(page.getByRole("button", { name: "Rien à importer" })).toBeDisabled();
  await expectAccessible(page);

  await fileInput.setInputFiles(file("Xiamen"));
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(page.getByText("1 nouvelle fiche")).toBeVisible();
  await page.getByRole("button", { name: "Importer 1 ligne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import terminé : 1 fiche créée" })).toBeVisible();

  await page.getByRole("link", { name: "Voir la liste" }).click();
  await page.locator("main").getByRole("searchbox").fill(title);
  await page.locator("main").getByRole("searchbox").press("Enter");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});
