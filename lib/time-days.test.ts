import { describe, expect, it } from "vitest";
import { dateOfDay, dayOf, parisDay } from "@/lib/time";

describe("mission calendar days", () => {
  it("take today from the Paris clock, not UTC", () => {
    expect(parisDay(new Date("2016-12-31T23:30:00Z"))).toBe("2017-01-01");
    expect(parisDay(new Date("2016-07-13T21:59:00Z"))).toBe("2016-07-13");
    expect(parisDay(new Date("2016-07-13T22:00:00Z"))).toBe("2016-07-14");
  });

  it("round-trip @db.Date values", () => {
    expect(dayOf(dateOfDay("2016-02-29"))).toBe("2016-02-29");
  });
});
