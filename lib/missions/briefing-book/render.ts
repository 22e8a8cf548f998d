import "server-only";
import PDFDocument from "pdfkit";
import { fontBytes, fontName, type Weight } from "./fonts";
import { textRuns, visualOrder, type Script } from "./text-runs";

// The briefing book as an A4 PDF (decision 022), drawn with pdfkit: a cover, the people, the
// programme by day in local and Paris time, the counterparts to meet and the practical notes.
// Everything it prints is prepared in the reader's language by ./content.ts; this file lays it
// out, breaking pages between slots (never inside one) and repeating a day's heading on the page
// it continues on.

export type BriefingBookSlot = {
  time: string;
  paris: string;
  title: string;
  location: string;
  counterpart: string;
};

export type BriefingBook = {
  labels: {
    organisation: string;
    documentTitle: string;
    generated: string;
    sections: Record<
      | "destinations"
      | "summary"
      | "objectives"
      | "sectors"
      | "travellers"
      | "participants"
      | "partners"
      | "programme"
      | "counterparts"
      | "practical"
      | "places",
      string
    >;
    columns: Record<
      | "name"
      | "kind"
      | "role"
      | "organisation"
      | "partner"
      | "seeks"
      | "localTime"
      | "parisTime"
      | "slot"
      | "when"
      | "where",
      string
    >;
    none: string;
    continued: string;
    zonesMissing: string | null;
    page: (page: number, pages: number) => string;
  };
  title: string;
  status: string;
  dates: string;
  summary: string;
  destinations: string[];
  objectives: string[];
  sectors: string[];
  travellers: string[][];
  participants: string[][];
  partners: string[][];
  days: { heading: string; slots: BriefingBookSlot[] }[];
  counterparts: string[][];
  practicalNotes: string;
  places: string[][];
};

const brand = "#00609c";
const ink = "#0b2d45";
const muted = "#475569";
const rule = "#cbd5e1";
const margin = 50;
const footerHeight = 24;

type Style = { size: number; weight?: Weight; color?: string };

/** A document with the helpers that draw mixed-script text and keep rows whole on a page. */
class Writer {
  readonly doc: PDFKit.PDFDocument;
  private readonly registered = new Set<string>();

  constructor(title: string, author: string) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: margin, left: margin, right: margin, bottom: margin + footerHeight },
      bufferPages: true,
      info: { Title: title, Author: author },
    });
  }

  get width(): number {
    return this.doc.page.width - 2 * margin;
  }

  private get bottom(): number {
    return this.doc.page.height - margin - footerHeight;
  }

  private font(script: Script, weight: Weight): void {
    const name = fontName(script, weight);
    if (!this.registered.has(name)) {
      this.doc.registerFont(name, fontBytes(script, weight));
      this.registered.add(name);
    }
    this.doc.font(name);
  }

  /** Draws `text` at (x, y) or where the cursor is, each script in its own font, each line of it on its own. */
  write(text: string, style: Style, box: { x?: number; y?: number; width?: number; gap?: number } = {}): void {
    const options = { width: box.width ?? this.width, lineGap: box.gap ?? 1.5 };
    this.doc.fontSize(style.size).fillColor(style.color ?? ink);
    (text === "" ? " " : text).split("\n").forEach((line, lineIndex) => {
      const runs = textRuns(line === "" ? " " : line);
      runs.forEach((run, index) => {
        this.font(run.script, style.weight ?? "regular");
        const continued = index < runs.length - 1;
        if (lineIndex === 0 && index === 0 && box.x !== undefined)
          this.doc.text(run.text, box.x, box.y, { ...options, continued });
        else this.doc.text(run.text, { ...options, continued });
      });
    });
  }

  /**
   * The height `text` takes in `width`: measured in the font of its widest script (Chinese
   * glyphs are a full em), Hebrew letters standing in as Latin ones of about their width.
   */
  height(text: string, style: Style, width: number): number {
    const visual = visualOrder(text === "" ? " " : text);
    const hasCjk = textRuns(visual).some((run) => run.script === "cjk");
    this.font(hasCjk ? "cjk" : "latin", style.weight ?? "regular");
    this.doc.fontSize(style.size);
    const measured = hasCjk ? visual : visual.replace(/[\u0590-\u05ff\ufb1d-\ufb4f]/gu, "n");
    return this.doc.heightOfString(measured, { width, lineGap: 1.5 });
  }

  /** Starts a new page unless `needed` points still fit on this one; true when it did. */
  ensure(needed: number): boolean {
    if (this.doc.y + needed <= this.bottom) return false;
    this.doc.addPage();
    return true;
  }

  heading(text: string): void {
    this.ensure(60);
    this.doc.moveDown(0.8);
    this.write(text, { size: 14, weight: "bold", color: brand }, { x: margin, y: this.doc.y });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(margin, y)
      .lineTo(margin + this.width, y)
      .lineWidth(0.75)
      .strokeColor(brand)
      .stroke();
    this.doc.y = y + 6;
  }

  paragraph(text: string, style: Style = { size: 10 }): void {
    for (const line of text.split(/\n{2,}/)) {
      this.ensure(Math.min(this.height(line, style, this.width), 120));
      this.write(line, style, { x: margin, y: this.doc.y });
      this.doc.moveDown(0.4);
    }
  }

  list(items: string[], none: string): void {
    if (items.length === 0) return this.paragraph(none, { size: 10, color: muted });
    for (const item of items) {
      const height = this.height(item, { size: 10 }, this.width - 12);
      this.ensure(height);
      const y = this.doc.y;
      this.write("•", { size: 10, color: brand }, { x: margin, y, width: 10 });
      this.write(item, { size: 10 }, { x: margin + 12, y, width: this.width - 12 });
      this.doc.y = Math.max(this.doc.y, y + height) + 2;
    }
  }

  /** A table whose rows never split across pages; the header row is repeated on each page it spans. */
  table(columns: { label: string; width: number }[], rows: string[][], none: string): void {
    if (rows.length === 0) return this.paragraph(none, { size: 10, color: muted });
    const widths = columns.map((column) => column.width * this.width);
    const header = () =>
      this.row(
        columns.map((column) => column.label),
        widths,
        { size: 9, weight: "bold", color: muted },
      );
    this.ensure(40);
    header();
    for (const cells of rows) {
      if (this.ensure(this.rowHeight(cells, widths, { size: 10 }))) header();
      this.row(cells, widths, { size: 10 });
    }
    this.doc.moveDown(0.5);
  }

  rowHeight(cells: string[], widths: number[], style: Style): number {
    return Math.max(...cells.map((cell, index) => this.height(cell, style, widths[index]! - 8))) + 6;
  }

  row(cells: string[], widths: number[], style: Style): void {
    const y = this.doc.y;
    const height = this.rowHeight(cells, widths, style);
    let x = margin;
    cells.forEach((cell, index) => {
      if (cell !== "") this.write(cell, style, { x, y: y + 3, width: widths[index]! - 8 });
      x += widths[index]!;
    });
    this.doc
      .moveTo(margin, y + height)
      .lineTo(margin + this.width, y + height)
      .lineWidth(0.5)
      .strokeColor(rule)
      .stroke();
    this.doc.x = margin;
    this.doc.y = y + height;
  }

  /** "Page n / N" and the mission's title at the foot of every page, once all pages exist. */
  footers(title: string, page: (page: number, pages: number) => string): void {
    const range = this.doc.bufferedPageRange();
    for (let index = 0; index < range.count; index += 1) {
      this.doc.switchToPage(range.start + index);
      // Text below the bottom margin would open a new page: the margin is lifted while writing.
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - margin - 10;
      this.doc
        .moveTo(margin, y - 6)
        .lineTo(margin + this.width, y - 6)
        .lineWidth(0.5)
        .strokeColor(rule)
        .stroke();
      const label = page(index + 1, range.count);
      const short = [...title].length > 90 ? `${[...title].slice(0, 89).join("")}…` : title;
      this.write(short, { size: 8, color: muted }, { x: margin, y, width: this.width - 80 });
      this.write(label, { size: 8, color: muted }, { x: margin + this.width - 80, y, width: 80 });
      this.doc.page.margins.bottom = bottom;
    }
  }
}

function cover(writer: Writer, book: BriefingBook): void {
  const { labels } = book;
  writer.write(labels.organisation.toUpperCase(), { size: 9, color: brand }, { x: margin, y: margin });
  writer.doc.moveDown(2);
  writer.write(labels.documentTitle, { size: 13, color: muted });
  writer.doc.moveDown(0.3);
  writer.write(book.title, { size: 24, weight: "bold" });
  writer.doc.moveDown(0.5);
  writer.write(book.dates, { size: 13 });
  writer.write(book.status, { size: 10, color: muted });
  writer.write(labels.generated, { size: 8, color: muted });
  writer.heading(labels.sections.destinations);
  writer.list(book.destinations, labels.none);
  if (labels.zonesMissing) writer.paragraph(labels.zonesMissing, { size: 9, color: muted });
  if (book.summary) {
    writer.heading(labels.sections.summary);
    writer.paragraph(book.summary);
  }
  writer.heading(labels.sections.objectives);
  writer.list(book.objectives, labels.none);
  writer.heading(labels.sections.sectors);
  writer.list(book.sectors, labels.none);
}

function people(writer: Writer, book: BriefingBook): void {
  const { columns, sections, none } = book.labels;
  const tables: [heading: string, columns: { label: string; width: number }[], rows: string[][]][] = [
    [
      sections.travellers,
      [
        { label: columns.name, width: 0.4 },
        { label: columns.kind, width: 0.25 },
        { label: columns.role, width: 0.35 },
      ],
      book.travellers,
    ],
    [
      sections.participants,
      [
        { label: columns.name, width: 0.4 },
        { label: columns.kind, width: 0.2 },
        { label: columns.organisation, width: 0.4 },
      ],
      book.participants,
    ],
    [
      sections.partners,
      [
        { label: columns.partner, width: 0.35 },
        { label: columns.role, width: 0.2 },
        { label: columns.seeks, width: 0.45 },
      ],
      book.partners,
    ],
  ];
  for (const [heading, tableColumns, rows] of tables) {
    writer.heading(heading);
    writer.table(tableColumns, rows, none);
  }
}

function slotText(slot: BriefingBookSlot): string {
  return [slot.title, slot.location, slot.counterpart].filter(Boolean).join("\n");
}

function programme(writer: Writer, book: BriefingBook): void {
  const { labels } = book;
  writer.doc.addPage();
  writer.heading(labels.sections.programme);
  if (book.days.length === 0) return writer.paragraph(labels.none, { size: 10, color: muted });
  const widths = [0.13, 0.13, 0.74].map((share) => share * writer.width);
  const header = [labels.columns.localTime, labels.columns.parisTime, labels.columns.slot];
  const dayHeading = (text: string) => {
    writer.doc.moveDown(0.4);
    writer.write(text, { size: 11, weight: "bold" }, { x: margin, y: writer.doc.y });
    writer.doc.moveDown(0.2);
    writer.row(header, widths, { size: 8, weight: "bold", color: muted });
  };
  for (const day of book.days) {
    const first = day.slots[0];
    // A day's heading never ends a page: it goes with its first slot.
    writer.ensure(50 + (first ? writer.rowHeight(["", "", slotText(first)], widths, { size: 10 }) : 0));
    dayHeading(day.heading);
    for (const slot of day.slots) {
      const cells = [slot.time, slot.paris, slotText(slot)];
      if (writer.ensure(writer.rowHeight(cells, widths, { size: 10 })))
        dayHeading(`${day.heading} ${labels.continued}`);
      writer.row(cells, widths, { size: 10 });
    }
  }
}

function practical(writer: Writer, book: BriefingBook): void {
  const { labels } = book;
  writer.heading(labels.sections.counterparts);
  writer.table(
    [
      { label: labels.columns.name, width: 0.4 },
      { label: labels.columns.when, width: 0.25 },
      { label: labels.columns.where, width: 0.35 },
    ],
    book.counterparts,
    labels.none,
  );
  writer.heading(labels.sections.practical);
  writer.paragraph(book.practicalNotes || labels.none, { size: 10, ...(book.practicalNotes ? {} : { color: muted }) });
  writer.heading(labels.sections.places);
  writer.table(
    [
      { label: labels.columns.where, width: 0.6 },
      { label: labels.columns.when, width: 0.4 },
    ],
    book.places,
    labels.none,
  );
}

export function renderBriefingBook(book: BriefingBook): Promise<Buffer> {
  const writer = new Writer(`${book.labels.documentTitle} — ${book.title}`, book.labels.organisation);
  const chunks: Buffer[] = [];
  writer.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    writer.doc.on("end", () => resolve(Buffer.concat(chunks)));
    writer.doc.on("error", reject);
  });
  cover(writer, book);
  writer.doc.addPage();
  people(writer, book);
  programme(writer, book);
  practical(writer, book);
  writer.footers(book.title, book.labels.page);
  writer.doc.end();
  return done;
}
