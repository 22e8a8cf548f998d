import { describe, expect, it } from "vitest";
import { parseDashboardYear, pickOpeningYear, recordsHref, yearOverYear } from "./definitions";

describe("dashboard helpers", () => {
  it("parses the year of the URL, refusing malformed and out-of-range years", () => {
    expect(parseDashboardYear(undefined, 2026)).toBe(2026);
    expect(parseDashboardYear("2016", 2026)).toBe(2016);
    expect(parseDashboardYear(["2015", "2016"], 2026)).toBe(2015);
    for (const bad of ["16", "2016abc", "1200", "3000", "-2016"]) expect(parseDashboardYear(bad, 2026)).toBe("invalid");
  });

  it("opens on the current year when it has records, otherwise on the latest earlier one, otherwise the next", () => {
    expect(pickOpeningYear([2016, 2019, 2026], 2026)).toBe(2026);
    expect(pickOpeningYear([2016, 2019, 2028], 2026)).toBe(2019);
    expect(pickOpeningYear([2028, 2030], 2026)).toBe(2028);
    expect(pickOpeningYear([], 2026)).toBe(2026);
  });

  it("computes the change against the previous year", () => {
    expect(yearOverYear(52, 41)).toEqual({ delta: 11, percent: 27 });
    expect(yearOverYear(3, 0)).toEqual({ delta: 3, percent: null });
    expect(yearOverYear(3, undefined)).toBeNull();
  });

  it("links each figure to the list of exactly its records", () => {
    expect(recordsHref("delegationsWelcomed", 2016)).toBe("/delegations?status=WELCOMED&year=2016");
    expect(recordsHref("connectedTowns", 2016)).toBe("/towns?connectedBy=2016");
  });
});
