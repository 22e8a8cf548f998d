import { describe, expect, it } from "vitest";
import { dateOfDay, dayOf, isCalendarDay, parisDay } from "./calendar-day";

describe("mission calendar days", () => {
  it("take today from the Paris clock, not UTC", () => {
    expect(parisDay(new Date("2016-12-31T23:30:00Z"))).toBe("2017-01-01");
    expect(parisDay(new Date("2016-07-13T21:59:00Z"))).toBe("2016-07-13");
    expect(parisDay(new Date("2016-07-13T22:00:00Z"))).toBe("2016-07-14");
  });

  it("round-trip @db.Date values", () => {
    expect(dayOf(dateOfDay("2016-02-29"))).toBe("2016-02-29");
  });

  it("accept only real days", () => {
    expect(isCalendarDay("2016-02-29")).toBe(true);
    expect(isCalendarDay("2015-02-29")).toBe(false);
    expect(isCalendarDay("2016-13-01")).toBe(false);
    expect(isCalendarDay("16-01-01")).toBe(false);
    expect(isCalendarDay("")).toBe(false);
  });
});
