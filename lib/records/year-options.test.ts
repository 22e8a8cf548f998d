import { describe, expect, it } from "vitest";
import { yearOptions } from "./year-options";

describe("year filter options", () => {
  it("run from the first to the last year, newest first", () => {
    expect(yearOptions(2014, 2016)).toEqual([2016, 2015, 2014]);
    expect(yearOptions(2016, 2016)).toEqual([2016]);
  });

  it("include the extra year, before or after the records", () => {
    expect(yearOptions(2014, 2015, 2017)).toEqual([2017, 2016, 2015, 2014]);
    expect(yearOptions(null, null, 2026)).toEqual([2026]);
  });

  it("offer nothing without records or extra year", () => {
    expect(yearOptions(null, undefined)).toEqual([]);
  });

  it("never leave the accepted years, whatever the stored dates", () => {
    expect(yearOptions(1, 2016)).toHaveLength(2016 - 1900 + 1);
    expect(yearOptions(2016, 9999).at(0)).toBe(2099);
  });
});
