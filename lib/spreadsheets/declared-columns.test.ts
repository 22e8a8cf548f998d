import { describe, expect, it } from "vitest";
import { defineFields } from "@/lib/records/fields";
import { parisInputToDate } from "@/lib/time";
import { declaredColumns, issueColumnOf, readDeclared, type SheetValues } from "./declared-columns";
import { References } from "./import/references";
import { RowReader } from "./import/row-reader";
import { sheetTranslator } from "./messages";

const fields = defineFields({
  title: { kind: "text", max: 200, required: true },
  cityId: { kind: "link", to: "destination", relation: "city", column: "city" },
  countryCode: { kind: "country", column: "country" },
  startsAt: { kind: "parisDateTime", required: true, column: "start" },
  size: { kind: "wholeNumber", min: 1, max: 10, message: "sizeOutOfRange" },
  notes: { kind: "longText", max: 5000 },
  sectorIds: { kind: "links", to: "sector", relation: "sectors", column: "sectors" },
  partnerIds: { kind: "links", to: "partner", relation: "partners", column: "partners" },
});

const record: SheetValues<typeof fields> = {
  title: "Délégation de Haïfa",
  cityId: "d1",
  city: { city: "Haifa", countryCode: "IL" },
  countryCode: "IL",
  startsAt: parisInputToDate("2016-05-12T14:30")!,
  size: null,
  notes: "Visite du port",
  sectors: [
    { code: "CULTURE", nameFr: "Culture", nameEn: "Culture" },
    { code: "HEALTH", nameFr: "Santé", nameEn: "Health" },
  ],
  partners: [{ shortName: "OTCN" }, { shortName: "TCA" }],
};

const references = new References({
  destination: [{ id: "d1", label: "Haifa", isArchived: false, names: ["Haifa", "Haïfa"], qualifier: "IL" }],
  sector: [{ id: "s1", label: "HEALTH", isArchived: false, names: ["HEALTH", "Santé", "Health"], qualifier: "" }],
  partner: [{ id: "p1", label: "OTCN", isArchived: false, names: ["OTCN"], qualifier: "" }],
});

async function readerOf(cells: Record<string, string>) {
  const [fr, en] = await Promise.all([sheetTranslator("fr"), sheetTranslator("en")]);
  return new RowReader(new Map(Object.entries(cells)), {
    t: en,
    translators: [fr, en],
    references,
    today: "2026-12-07",
    now: new Date(),
  });
}

describe("an area's spreadsheet columns derived from its field declarations", () => {
  it("has one column per field, named by its column, of its kind, required as the form requires it", () => {
    expect(declaredColumns(fields).map(({ key, kind, required }) => ({ key, kind, required }))).toEqual([
      { key: "title", kind: "text", required: true },
      { key: "city", kind: "destination", required: undefined },
      { key: "country", kind: "country", required: undefined },
      { key: "start", kind: "dateTime", required: true },
      { key: "size", kind: "wholeNumber", required: undefined },
      { key: "notes", kind: "text", required: undefined },
      { key: "sectors", kind: "names", required: undefined },
      { key: "partners", kind: "partners", required: undefined },
    ]);
  });

  it("writes a record's cells in the reader's language: names, countries, cities, lists", async () => {
    for (const [locale, country, sectors] of [
      ["fr", "Israël", "Culture; Santé"],
      ["en", "Israel", "Culture; Health"],
    ] as const) {
      const context = { t: await sheetTranslator(locale), locale };
      expect(declaredColumns<typeof record>(fields).map((column) => column.write(record, context))).toEqual([
        "Délégation de Haïfa",
        "Haifa (IL)",
        country,
        { instant: record.startsAt },
        null,
        "Visite du port",
        sectors,
        "OTCN; TCA",
      ]);
    }
  });

  it("reads a row back as the form posts it, with the entries its links name", async () => {
    const reader = await readerOf({
      title: "Délégation de Haïfa",
      city: "Haïfa",
      country: "Israel",
      start: "12/05/2016 14:30",
      size: "4",
      notes: "",
      sectors: "Santé",
      partners: "OTCN",
    });
    const { input, entries } = readDeclared(reader, fields);
    expect(reader.errors).toEqual([]);
    expect(input).toEqual({
      title: "Délégation de Haïfa",
      cityId: "d1",
      countryCode: "IL",
      startsAt: "2016-05-12T14:30",
      size: "4",
      notes: "",
      sectorIds: ["s1"],
      partnerIds: ["p1"],
    });
    expect(entries.cityId?.qualifier).toBe("IL");
  });

  it("reports what a cell names wrongly on its column, and leaves the field empty for the schema", async () => {
    const reader = await readerOf({ title: "x", city: "Atlantis", country: "Utopia", start: "", partners: "NOBODY" });
    const { input } = readDeclared(reader, fields);
    expect(reader.errors.map((error) => error.column)).toEqual(["city", "country", "partners"]);
    expect(input).toMatchObject({ cityId: "", countryCode: "", startsAt: "", partnerIds: [] });
  });

  it("points a schema's issue to its field's column, or to the first field's when it spans fields", () => {
    const columnOf = issueColumnOf(fields);
    expect(columnOf("startsAt")).toEqual({ column: "start" });
    expect(columnOf("")).toEqual({ column: "title" });
  });
});
