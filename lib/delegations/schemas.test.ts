import { describe, expect, it } from "vitest";
import { changeDelegationStatusSchema, createDelegationSchema, updateDelegationSchema } from "./schemas";

const form = (overrides: Record<string, string | string[]> = {}) => ({
  title: "Délégation de Haïfa",
  originDestinationId: "",
  originCountryCode: "il",
  arrivalAt: "2016-12-31T23:30",
  departureAt: "2017-01-02T10:00",
  size: "12",
  hostName: "Sophie",
  programme: "Visite du port",
  sectorIds: ["a", "b", "a"],
  partnerIds: [],
  ...overrides,
});

/** The message keys of a refused form, by field. */
function refusals(input: unknown) {
  const result = createDelegationSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("the delegation form", () => {
  it("reads Paris times, upper-cases the country and keeps each sector once", () => {
    const parsed = createDelegationSchema.parse(form());
    expect(parsed).toMatchObject({
      originCountryCode: "IL",
      originDestinationId: null,
      size: 12,
      sectorIds: ["a", "b"],
    });
    expect(parsed.arrivalAt.toISOString()).toBe("2016-12-31T22:30:00.000Z");
  });

  it("refuses a departure before the arrival", () => {
    expect(refusals(form({ departureAt: "2016-12-31T23:29" }))).toEqual({ departureAt: "departureBeforeArrival" });
    expect(refusals(form({ departureAt: "2016-12-31T23:30" }))).toEqual({});
  });

  it("wants a whole number of people from 1 to 10 000", () => {
    for (const size of ["0", "-1", "1.5", "10001", "douze"])
      expect(refusals(form({ size }))).toEqual({ size: "sizeOutOfRange" });
    expect(refusals(form({ size: "" }))).toEqual({ size: "required" });
    expect(refusals(form({ size: "10000" }))).toEqual({});
  });

  it("limits titles to 200 characters and texts to 5000", () => {
    expect(refusals(form({ title: "x".repeat(201) }))).toEqual({ title: "tooLong" });
    expect(refusals(form({ title: "   " }))).toEqual({ title: "required" });
    expect(refusals(form({ programme: "x".repeat(5001) }))).toEqual({ programme: "tooLong" });
    expect(refusals(form({ hostName: "x".repeat(201) }))).toEqual({ hostName: "tooLong" });
    expect(refusals(form({ programme: "x".repeat(5000) }))).toEqual({});
  });

  it("needs a city of origin or a real country code", () => {
    expect(refusals(form({ originCountryCode: "" }))).toEqual({ originCountryCode: "originRequired" });
    expect(refusals(form({ originCountryCode: "XX" }))).toEqual({ originCountryCode: "unknownCountry" });
    expect(refusals(form({ originCountryCode: "ISR" }))).toEqual({ originCountryCode: "unknownCountry" });
    expect(refusals(form({ originCountryCode: "", originDestinationId: "city-id" }))).toEqual({});
  });

  it("refuses dates that are not dates", () => {
    expect(refusals(form({ arrivalAt: "2016-02-30T10:00" }))).toEqual({ arrivalAt: "invalidDate" });
    expect(refusals(form({ arrivalAt: "0001-01-01T10:00" }))).toEqual({ arrivalAt: "invalidDate" });
    expect(refusals(form({ arrivalAt: "" }))).toEqual({ arrivalAt: "required" });
  });

  it("carries the record and version it edits", () => {
    expect(updateDelegationSchema.safeParse(form()).success).toBe(false);
    expect(updateDelegationSchema.parse({ ...form(), id: "abc", version: "3" })).toMatchObject({
      id: "abc",
      version: 3,
    });
  });

  it("asks for a reason to cancel", () => {
    const change = { id: "abc", version: "1", status: "CANCELLED", cancellationReason: " " };
    expect(changeDelegationStatusSchema.safeParse(change).error?.issues[0]).toMatchObject({
      path: ["cancellationReason"],
      message: "required",
    });
    expect(changeDelegationStatusSchema.parse({ ...change, status: "WELCOMED" })).toMatchObject({ status: "WELCOMED" });
    expect(changeDelegationStatusSchema.safeParse({ ...change, status: "LOST" }).success).toBe(false);
  });
});

describe("a form with several mistakes", () => {
  it("names every one at once", () => {
    expect(refusals(form({ title: "", departureAt: "2016-12-01T10:00", originCountryCode: "" }))).toEqual({
      title: "required",
      departureAt: "departureBeforeArrival",
      originCountryCode: "originRequired",
    });
  });
});
