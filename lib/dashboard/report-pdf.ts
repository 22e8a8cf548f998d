import "server-only";
import PDFDocument from "pdfkit";
import { figureNames } from "./figures";
import type { AnnualReport } from "./report";

export type ReportLabels = {
  title: string;
  organisation: string;
  published: string;
  live: string;
  figure: (name: (typeof figureNames)[number]) => string;
  priorityDestinations: string;
  agreementsSigned: string;
  missions: string;
  none: string;
};

const brand = "#00609c";
const ink = "#0b2d45";

/**
 * The annual report as a PDF, drawn with pdfkit (pure JavaScript, the standard PDF fonts, nothing
 * fetched): the brochure's key-figures page — four big numbers, the priority destinations in four
 * columns, then the year's highlights.
 */
export function renderAnnualReportPdf(report: AnnualReport, labels: ReportLabels): Promise<Buffer> {
  const document = new PDFDocument({
    size: "A4",
    margin: 50,
    info: { Title: labels.title, Author: labels.organisation },
  });
  const chunks: Buffer[] = [];
  document.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on("end", () => resolve(Buffer.concat(chunks))));

  document.fillColor(brand).font("Helvetica").fontSize(10).text(labels.organisation.toUpperCase());
  document.fillColor(ink).font("Helvetica-Bold").fontSize(24).text(labels.title);
  document
    .font("Helvetica")
    .fontSize(10)
    .fillColor("#475569")
    .text(report.isPublished ? labels.published : labels.live)
    .moveDown(1.5);

  const top = document.y;
  const width = (document.page.width - 100) / 2;
  figureNames.forEach((name, index) => {
    const x = 50 + (index % 2) * width;
    const y = top + Math.floor(index / 2) * 80;
    document
      .fillColor(brand)
      .font("Helvetica-Bold")
      .fontSize(36)
      .text(String(report.figures[name]), x, y, { width: width - 10 });
    document
      .fillColor(ink)
      .font("Helvetica")
      .fontSize(12)
      .text(labels.figure(name), x, y + 42, { width: width - 10 });
  });
  document.x = 50;
  document.y = top + 180;

  section(document, labels.priorityDestinations);
  if (report.period) {
    const columns = 4;
    const columnWidth = (document.page.width - 100) / columns;
    const rows = Math.ceil(report.period.destinations.length / columns);
    const start = document.y;
    report.period.destinations.forEach((city, index) => {
      document.text(city, 50 + Math.floor(index / rows) * columnWidth, start + (index % rows) * 15, {
        width: columnWidth - 8,
      });
    });
    document.x = 50;
    document.y = start + rows * 15 + 10;
  } else document.text(labels.none);

  section(document, labels.agreementsSigned);
  list(
    document,
    report.agreementsSigned.map((agreement) => `${agreement.title} — ${agreement.counterpart} (${agreement.city})`),
    labels.none,
  );
  section(document, labels.missions);
  list(
    document,
    report.missions.map(
      (mission) => `${mission.title}${mission.destinations.length ? ` — ${mission.destinations.join(", ")}` : ""}`,
    ),
    labels.none,
  );

  document.end();
  return done;
}

function section(document: PDFKit.PDFDocument, title: string): void {
  document.moveDown(0.8).fillColor(brand).font("Helvetica-Bold").fontSize(14).text(title, 50).moveDown(0.3);
  document.fillColor(ink).font("Helvetica").fontSize(10);
}

function list(document: PDFKit.PDFDocument, lines: string[], empty: string): void {
  if (lines.length === 0) document.text(empty);
  for (const line of lines) document.text(`•  ${line}`, { indent: 0 });
}
