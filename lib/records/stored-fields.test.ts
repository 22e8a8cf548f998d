import { describe, expect, it } from "vitest";
import { parisInputToDate } from "@/lib/time";
import { defineFields, type FieldValues } from "./fields";
import { auditViewOf, emptyAuditView, staleFieldsOf, writeDataOf, type StoredRecord } from "./stored-fields";

const fields = defineFields({
  title: { kind: "text", max: 200, required: true },
  startsAt: { kind: "parisDateTime", required: true },
  size: { kind: "wholeNumber", min: 1, max: 10, message: "sizeOutOfRange" },
  cityId: { kind: "link", to: "destination", relation: "city", audit: "city" },
  sectorIds: { kind: "links", to: "sector", relation: "sectors" },
});

const haifa = { id: "d1", label: "Haifa (IL)", archivedAt: null, countryCode: "IL" };
const culture = { id: "s1", label: "CULTURE", archivedAt: null, names: { fr: "Culture", en: "Culture" } };
const health = { id: "s2", label: "HEALTH", archivedAt: null, names: { fr: "Santé", en: "Health" } };

const values: FieldValues<typeof fields> = {
  title: "Délégation de Haïfa",
  startsAt: parisInputToDate("2016-05-12T14:30")!,
  size: null,
  cityId: "d1",
  sectorIds: ["s1", "s2"],
};

const stored: StoredRecord<typeof fields, object> = {
  id: "r1",
  version: 2,
  archivedAt: null,
  values,
  links: { cityId: [haifa], sectorIds: [culture, health] },
};

describe("a record's declared fields as the data layer writes them", () => {
  it("name, in declaration order, the fields someone else changed, with what is stored in the reader's language", () => {
    const submitted = { ...values, startsAt: parisInputToDate("2016-05-12T15:00")!, size: 4, sectorIds: ["s2"] };
    expect(staleFieldsOf(fields, stored, submitted, "en")).toEqual([
      { field: "startsAt", current: "2016-05-12 14:30" },
      { field: "size", current: "" },
      { field: "sectorIds", current: "Culture, Health" },
    ]);
    expect(staleFieldsOf(fields, stored, { ...values, sectorIds: ["s2", "s1"] }, "fr")).toEqual([]);
  });

  it("keep in the audit log plain values and the links' labels, under the declared names", () => {
    const view = auditViewOf(fields, values, stored.links);
    expect(view).toEqual({
      title: "Délégation de Haïfa",
      startsAt: values.startsAt,
      size: null,
      city: "Haifa (IL)",
      sectors: "CULTURE, HEALTH",
    });
    expect(emptyAuditView(view)).toEqual({ title: null, startsAt: null, size: null, city: null, sectors: null });
  });

  it("write each field to its column and each list of links through its relation", () => {
    expect(writeDataOf(fields, values, "create")).toEqual({
      title: "Délégation de Haïfa",
      startsAt: values.startsAt,
      size: null,
      cityId: "d1",
      sectors: { connect: [{ id: "s1" }, { id: "s2" }] },
    });
    expect(writeDataOf(fields, { ...values, sectorIds: [] }, "update").sectors).toEqual({ set: [] });
  });
});

describe("a calendar day as the data layer writes and audits it", () => {
  const dayFields = defineFields({ connectedOn: { kind: "day" } });

  it("writes the day as its date (midnight UTC, as a date column reads back) and none as null", () => {
    expect(writeDataOf(dayFields, { connectedOn: "2016-05-12" }, "create")).toEqual({
      connectedOn: new Date("2016-05-12T00:00:00Z"),
    });
    expect(writeDataOf(dayFields, { connectedOn: null }, "update")).toEqual({ connectedOn: null });
  });

  it("keeps the day itself in the audit log and in a conflict notice", () => {
    expect(auditViewOf(dayFields, { connectedOn: "2016-05-12" }, {})).toEqual({ connectedOn: "2016-05-12" });
    const storedDay: StoredRecord<typeof dayFields, object> = {
      id: "t1",
      version: 1,
      archivedAt: null,
      values: { connectedOn: "2016-05-12" },
      links: {},
    };
    expect(staleFieldsOf(dayFields, storedDay, { connectedOn: null }, "en")).toEqual([
      { field: "connectedOn", current: "2016-05-12" },
    ]);
  });
});
