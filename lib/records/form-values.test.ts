import { describe, expect, it } from "vitest";
import { parisInputToDate } from "@/lib/time";
import { defaultFormValuesOf, defineFields, fieldValuesOf } from "./fields";
import { formSchemaOf, formValuesOf } from "./form-schema";

const fields = defineFields({
  title: { kind: "text", max: 200, required: true },
  startsAt: { kind: "parisDateTime", required: true },
  attendance: { kind: "wholeNumber", min: 0, max: 100, message: "attendanceOutOfRange" },
  originCountryCode: { kind: "country" },
  connectedOn: { kind: "day" },
  inseeCode: { kind: "code", length: 5, pattern: "\\d{5}|2[AB]\\d{3}", message: "inseeCode" },
  sectorIds: { kind: "links", to: "sector", relation: "sectors" },
});

describe("a stored record in its edit form", () => {
  const row = {
    id: "r1",
    title: "Carnaval",
    startsAt: parisInputToDate("2016-02-13T20:30"),
    attendance: null,
    originCountryCode: "IL",
    // A @db.Date column reads as midnight UTC of its day.
    connectedOn: new Date("2016-05-12T00:00:00Z"),
    inseeCode: "2A004",
    sectors: [
      { id: "s1", label: "Culture" },
      { id: "s2", label: "Santé" },
    ],
  };

  it("shows each field as the form sends it: Paris wall-clock time, nothing for an unknown number, the day, linked ids", () => {
    expect(formValuesOf(fields, fieldValuesOf(fields, row))).toEqual({
      title: "Carnaval",
      startsAt: "2016-02-13T20:30",
      attendance: "",
      originCountryCode: "IL",
      connectedOn: "2016-05-12",
      inseeCode: "2A004",
      sectorIds: "s1,s2",
    });
  });

  it("reads back, unchanged, through the form's own schema", () => {
    const text = formValuesOf(fields, fieldValuesOf(fields, row));
    const parsed = formSchemaOf(fields).parse({ ...text, sectorIds: (text.sectorIds ?? "").split(",") });
    expect(parsed).toEqual(fieldValuesOf(fields, row));
  });
});

describe("the form schema of days and codes", () => {
  const schema = formSchemaOf(fields);
  const base = { title: "Carnaval", startsAt: "2016-02-13T20:30" };

  it("takes an empty day or code as none, and a code in capitals", () => {
    const parsed = schema.parse({ ...base, connectedOn: "", inseeCode: " 2a004 " });
    expect(parsed).toMatchObject({ connectedOn: null, inseeCode: "2A004" });
    expect(schema.parse(base)).toMatchObject({ connectedOn: null, inseeCode: null });
  });

  it("refuses a day that does not exist or is out of range, and a code of the wrong form, with their messages", () => {
    const result = schema.safeParse({ ...base, connectedOn: "2016-02-30", inseeCode: "6088" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({ connectedOn: "invalidDate", inseeCode: "inseeCode" });
    expect(schema.safeParse({ ...base, connectedOn: "1899-12-31" }).success).toBe(false);
  });
});

describe("choices and yes/no fields", () => {
  const choiceFields = defineFields({
    kind: { kind: "choice", choices: ["CITY", "REGION"], labels: "partners.kinds", required: true },
    region: { kind: "choice", choices: ["CITY", "REGION"], labels: "partners.kinds" },
    isActive: { kind: "yesNo", default: true },
  });
  const schema = formSchemaOf(choiceFields);

  it("reads a ticked box as yes and an absent one as no; an optional choice left empty is none", () => {
    expect(schema.parse({ kind: "CITY", region: "", isActive: "on" })).toEqual({
      kind: "CITY",
      region: null,
      isActive: true,
    });
    expect(schema.parse({ kind: "REGION" })).toEqual({ kind: "REGION", region: null, isActive: false });
  });

  it("refuses a code outside the list", () => {
    const result = schema.safeParse({ kind: "PLANET" });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["kind", "invalidChoice"]]);
  });

  it("shows a stored yes as a ticked box, and starts a new record with the declared default", () => {
    expect(formValuesOf(choiceFields, { kind: "CITY", region: null, isActive: false })).toEqual({
      kind: "CITY",
      region: "",
      isActive: "",
    });
    expect(defaultFormValuesOf(choiceFields)).toEqual({ isActive: "on" });
  });
});
