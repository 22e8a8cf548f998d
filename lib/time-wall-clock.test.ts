import { describe, expect, it } from "vitest";
import { dateToParisInput, parisInputToDate, parisYear, parisYearRange } from "./time";

describe("Paris wall-clock inputs", () => {
  it("read 23:30 on 31 December in Paris as 22:30 UTC, in that year", () => {
    const arrival = parisInputToDate("2016-12-31T23:30");
    expect(arrival?.toISOString()).toBe("2016-12-31T22:30:00.000Z");
    expect(parisYear(arrival!)).toBe(2016);
    expect(dateToParisInput(arrival!)).toBe("2016-12-31T23:30");
  });

  it("bound a Paris calendar year", () => {
    const range = parisYearRange(2016);
    expect([range.gte.toISOString(), range.lt.toISOString()]).toEqual([
      "2015-12-31T23:00:00.000Z",
      "2016-12-31T23:00:00.000Z",
    ]);
    const lateArrival = parisInputToDate("2016-12-31T23:30")!;
    expect(lateArrival >= range.gte && lateArrival < range.lt).toBe(true);
    expect(parisInputToDate("2017-01-01T00:00")! < range.lt).toBe(false);
  });

  it("use the summer offset in summer", () => {
    expect(parisInputToDate("2016-07-14T10:00")?.toISOString()).toBe("2016-07-14T08:00:00.000Z");
    expect(dateToParisInput(new Date("2016-07-14T08:00:00Z"))).toBe("2016-07-14T10:00");
    expect(parisInputToDate("2016-07-14T10:00:30")?.toISOString()).toBe("2016-07-14T08:00:30.000Z");
  });

  it("handle the nights the clocks change", () => {
    // Spring forward (27 March 2016, 02:00 → 03:00): the hour before and after the jump.
    expect(parisInputToDate("2016-03-27T01:59")?.toISOString()).toBe("2016-03-27T00:59:00.000Z");
    expect(parisInputToDate("2016-03-27T03:00")?.toISOString()).toBe("2016-03-27T01:00:00.000Z");
    // 02:30 does not exist that night: read with the winter offset, shown as 03:30.
    expect(dateToParisInput(parisInputToDate("2016-03-27T02:30")!)).toBe("2016-03-27T03:30");
    // Fall back (30 October 2016, 03:00 → 02:00): 02:30 happens twice; the first one is meant.
    expect(parisInputToDate("2016-10-30T02:30")?.toISOString()).toBe("2016-10-30T00:30:00.000Z");
    expect(parisInputToDate("2016-10-30T03:30")?.toISOString()).toBe("2016-10-30T02:30:00.000Z");
  });

  // 35,000 conversions: seconds on a busy machine, so more than the default 5 s (a loop, not a timing check).
  it("round-trip every quarter hour of a year", { timeout: 30_000 }, () => {
    for (let instant = Date.UTC(2016, 0, 1); instant < Date.UTC(2017, 0, 1); instant += 15 * 60 * 1000) {
      const shown = dateToParisInput(new Date(instant));
      const back = parisInputToDate(shown)!;
      // Only the second 02:xx of the autumn night cannot be typed (it reads as the first).
      if (back.getTime() !== instant)
        expect([shown, back.getTime() - instant]).toEqual([expect.stringMatching(/^2016-10-30T02:/), -3_600_000]);
    }
  });

  it("refuse what is not a date and time", () => {
    for (const text of [
      "",
      "2016-12-31",
      "2016-02-30T10:00",
      "2016-12-31T24:00",
      "2016-12-31T23:60",
      "31/12/2016 23:30",
      "2016-12-31T23:30Z",
    ]) {
      expect(parisInputToDate(text)).toBeNull();
    }
  });

  it("refuse a date and time outside the accepted years", () => {
    for (const text of [
      "0000-01-01T10:00",
      "0001-01-01T00:00",
      "0099-12-31T12:00",
      "1899-12-31T23:59",
      "2100-01-01T00:00",
      "9999-12-31T23:59",
    ]) {
      expect(parisInputToDate(text), text).toBeNull();
    }
    expect(parisInputToDate("1900-01-01T00:00")?.toISOString()).toBe("1899-12-31T23:50:39.000Z");
  });
});
