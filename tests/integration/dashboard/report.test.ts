import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getAnnualReport } from "@/lib/dashboard/report";
import { renderAnnualReportPdf, type ReportLabels } from "@/lib/dashboard/report-pdf";
import { seedDemoData } from "@/prisma/demo/seed";
import { testDb } from "../setup/database";

const labels: ReportLabels = {
  title: "Chiffres clés 2016",
  organisation: "Métropole Nice Côte d'Azur",
  published: "Chiffres publiés",
  live: "Chiffres calculés",
  figure: (name) =>
    ({
      missionsCarriedOut: "missions internationales réalisées",
      delegationsWelcomed: "délégations étrangères accueillies à Nice",
      internationalEventsOrganised: "événements internationaux organisés à Nice",
      connectedTowns: "communes connectées",
    })[name],
  priorityDestinations: "Destinations prioritaires",
  agreementsSigned: "Accords signés",
  missions: "Missions",
  none: "Aucun.",
};

/** The text a reader (or a search engine) gets out of the PDF, via poppler's pdftotext. */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), "report-")), "report.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("the annual report", () => {
  it("prints the brochure's 2016 figures, priority destinations and the Xiamen licence", async () => {
    await seedDemoData(testDb);
    const report = await getAnnualReport(2016);
    expect(report.figures).toMatchObject({
      connectedTowns: 50,
      delegationsWelcomed: 52,
      internationalEventsOrganised: 32,
      missionsCarriedOut: 13,
    });
    expect(report.period?.destinations).toHaveLength(20);
    const text = pdfText(await renderAnnualReportPdf(report, labels));
    for (const line of [
      "50",
      "communes connectées",
      "52",
      "délégations étrangères accueillies à Nice",
      "32",
      "13",
      "Xiamen",
      "Tokyo",
      "Salt Lake City",
    ]) {
      expect(text).toContain(line);
    }
  });
});
