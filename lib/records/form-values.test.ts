import { describe, expect, it } from "vitest";
import { parisInputToDate } from "@/lib/time";
import { defineFields, fieldValuesOf } from "./fields";
import { formSchemaOf, formValuesOf } from "./form-schema";

const fields = defineFields({
  title: { kind: "text", max: 200, required: true },
  startsAt: { kind: "parisDateTime", required: true },
  attendance: { kind: "wholeNumber", min: 0, max: 100, message: "attendanceOutOfRange" },
  originCountryCode: { kind: "country" },
  sectorIds: { kind: "links", to: "sector", relation: "sectors" },
});

describe("a stored record in its edit form", () => {
  const row = {
    id: "r1",
    title: "Carnaval",
    startsAt: parisInputToDate("2016-02-13T20:30"),
    attendance: null,
    originCountryCode: "IL",
    sectors: [
      { id: "s1", label: "Culture" },
      { id: "s2", label: "Santé" },
    ],
  };

  it("shows each field as the form sends it: Paris wall-clock time, nothing for an unknown number, linked ids", () => {
    expect(formValuesOf(fields, fieldValuesOf(fields, row))).toEqual({
      title: "Carnaval",
      startsAt: "2016-02-13T20:30",
      attendance: "",
      originCountryCode: "IL",
      sectorIds: "s1,s2",
    });
  });

  it("reads back, unchanged, through the form's own schema", () => {
    const text = formValuesOf(fields, fieldValuesOf(fields, row));
    const parsed = formSchemaOf(fields).parse({ ...text, sectorIds: (text.sectorIds ?? "").split(",") });
    expect(parsed).toEqual(fieldValuesOf(fields, row));
  });
});
