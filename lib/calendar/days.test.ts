import { describe, expect, it } from "vitest";
import { addDays, parisDay } from "@/lib/time";
import { monthGrid, shiftMonth, weekdayIndex } from "@/lib/calendar/days";

describe("calendar days", () => {
  it("gives the Paris day of an instant, across midnight", () => {
    expect(parisDay(new Date("2016-12-31T22:30:00Z"))).toBe("2016-12-31");
    expect(parisDay(new Date("2016-12-31T23:30:00Z"))).toBe("2017-01-01");
  });

  it("lays a month out in whole weeks starting on Monday", () => {
    const weeks = monthGrid("2017-05");
    expect(weeks[0]?.[0]).toBe("2017-05-01");
    expect(weeks.at(-1)?.at(-1)).toBe("2017-06-04");
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(monthGrid("2016-02")[0]?.[0]).toBe("2016-02-01");
    expect(monthGrid("2016-03")[0]?.[0]).toBe("2016-02-29");
  });

  it("draws at most six weeks, and refuses a month outside the accepted years", () => {
    // August 2021 starts on a Sunday and ends on a Tuesday: six weeks, the most a month takes.
    expect(monthGrid("2021-08")).toHaveLength(6);
    for (const month of ["0000-01", "0099-12", "2100-01", "275760-09"])
      expect(() => monthGrid(month), month).toThrow(RangeError);
  });

  it("moves between days and months", () => {
    expect(addDays("2016-02-28", 2)).toBe("2016-03-01");
    expect(weekdayIndex("2016-12-25")).toBe(6);
    expect(shiftMonth("2016-12", 1)).toBe("2017-01");
    expect(shiftMonth("2016-01", -1)).toBe("2015-12");
  });
});
