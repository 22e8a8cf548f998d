import { describe, expect, it } from "vitest";
import { defineFields } from "./fields";
import { detailSelectOf, recordValuesOf, searchConditionsOf } from "./read-fields";

const fields = defineFields({
  title: { kind: "text", max: 200, required: true, searched: true },
  hostName: { kind: "text", max: 200, searched: true },
  cityId: { kind: "link", to: "destination", relation: "city" },
  sectorIds: { kind: "links", to: "sector", relation: "sectors" },
  partnerIds: { kind: "links", to: "partner", relation: "partners" },
});

describe("a record's declared fields as its detail reads them", () => {
  it("selects each column, a link's key, and each links field's entries with what names them", () => {
    expect(detailSelectOf(fields)).toEqual({
      title: true,
      hostName: true,
      cityId: true,
      sectors: { select: { id: true, nameFr: true, nameEn: true }, orderBy: { code: "asc" } },
      partners: { select: { id: true, name: true }, orderBy: { name: "asc" } },
    });
  });

  it("names the linked entries in the reader's language", () => {
    const row = {
      title: "Délégation de Haïfa",
      hostName: "",
      cityId: "d1",
      sectors: [{ id: "s1", nameFr: "Santé", nameEn: "Health" }],
      partners: [{ id: "p1", name: "Office du tourisme" }],
      status: "EXPECTED",
    };
    expect(recordValuesOf(fields, row, "fr")).toEqual({
      title: "Délégation de Haïfa",
      hostName: "",
      cityId: "d1",
      sectors: [{ id: "s1", label: "Santé" }],
      partners: [{ id: "p1", label: "Office du tourisme" }],
    });
    expect(recordValuesOf(fields, row, "en").sectors).toEqual([{ id: "s1", label: "Health" }]);
  });

  it("searches the fields declared searched, and only those", () => {
    expect(searchConditionsOf(fields, "haifa")).toEqual([
      { title: { contains: "haifa", mode: "insensitive" } },
      { hostName: { contains: "haifa", mode: "insensitive" } },
    ]);
  });
});
