import { describe, expect, it } from "vitest";
import { changeEventStatusSchema, createEventSchema, updateEventSchema } from "./schemas";

const form = (overrides: Record<string, string | string[]> = {}) => ({
  title: "Sommet Smart City",
  startsAt: "2016-12-31T23:30",
  endsAt: "2017-01-01T01:00",
  venue: "Palais Nikaïa",
  attendance: "",
  summary: "",
  sectorIds: [],
  partnerIds: ["p"],
  objectiveIds: ["o", "o"],
  ...overrides,
});

function refusals(input: unknown) {
  const result = createEventSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("the event form", () => {
  it("reads Paris times, an unknown attendance and each objective once", () => {
    const parsed = createEventSchema.parse(form());
    expect(parsed).toMatchObject({ attendance: null, objectiveIds: ["o"], partnerIds: ["p"] });
    expect(parsed.startsAt.toISOString()).toBe("2016-12-31T22:30:00.000Z");
    expect(createEventSchema.parse(form({ attendance: "0" })).attendance).toBe(0);
  });

  it("refuses an end before the start", () => {
    expect(refusals(form({ endsAt: "2016-12-31T23:00" }))).toEqual({ endsAt: "endBeforeStart" });
  });

  it("wants a whole, non-negative attendance", () => {
    for (const attendance of ["-1", "2.5", "beaucoup", "10000001"])
      expect(refusals(form({ attendance }))).toEqual({ attendance: "attendanceOutOfRange" });
    expect(refusals(form({ attendance: "35000" }))).toEqual({});
  });

  it("limits titles to 200 characters and texts to 5000", () => {
    expect(refusals(form({ title: "x".repeat(201) }))).toEqual({ title: "tooLong" });
    expect(refusals(form({ venue: "x".repeat(201) }))).toEqual({ venue: "tooLong" });
    expect(refusals(form({ summary: "x".repeat(5001) }))).toEqual({ summary: "tooLong" });
  });

  it("carries the record and version it edits; statuses are the three of the schema", () => {
    expect(updateEventSchema.parse({ ...form(), id: "e", version: "2" })).toMatchObject({ id: "e", version: 2 });
    expect(updateEventSchema.safeParse({ ...form(), id: "e", version: "0" }).success).toBe(false);
    expect(changeEventStatusSchema.parse({ id: "e", version: "1", status: "HELD" }).status).toBe("HELD");
    expect(changeEventStatusSchema.safeParse({ id: "e", version: "1", status: "WELCOMED" }).success).toBe(false);
  });
});
