import { describe, expect, it } from "vitest";
import { addMonths, dateOfDay, dayOf, parisDay, yearBounds } from "@/lib/time";

describe("calendar days of date columns", () => {
  it("round-trip through midnight UTC", () => {
    expect(dateOfDay("2017-05-01").toISOString()).toBe("2017-05-01T00:00:00.000Z");
    expect(dayOf(dateOfDay("2017-05-01"))).toBe("2017-05-01");
  });

  it("take today from the Paris clock, not the server's", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(parisDay(new Date("2016-12-31T23:30:00Z"))).toBe("2017-01-01");
    expect(parisDay(new Date("2016-07-14T21:59:00Z"))).toBe("2016-07-14");
  });

  it("add months, keeping the day or using the month's last one", () => {
    expect(addMonths("2017-01-15", 6)).toBe("2017-07-15");
    expect(addMonths("2017-08-31", 6)).toBe("2018-02-28");
    expect(addMonths("2019-08-31", 6)).toBe("2020-02-29");
    expect(addMonths("2017-12-01", 1)).toBe("2018-01-01");
  });

  it("bound a year by its first and last day", () => {
    const { first, last } = yearBounds(2016);
    expect([dayOf(first), dayOf(last)]).toEqual(["2016-01-01", "2016-12-31"]);
  });
});
