import { describe, expect, it } from "vitest";
import { acceptedDays, endOfParisDay, isAcceptedDay, isAcceptedMonth, isAcceptedYear, startOfParisDay } from "./time";

describe("Paris calendar days", () => {
  it("start at 23:00 UTC the day before in winter and 22:00 UTC in summer", () => {
    expect(startOfParisDay("2016-12-31").toISOString()).toBe("2016-12-30T23:00:00.000Z");
    expect(startOfParisDay("2016-07-14").toISOString()).toBe("2016-07-13T22:00:00.000Z");
  });

  it("handle the days the clocks change", () => {
    expect(startOfParisDay("2016-03-27").toISOString()).toBe("2016-03-26T23:00:00.000Z");
    expect(endOfParisDay("2016-03-27").toISOString()).toBe("2016-03-27T22:00:00.000Z");
    expect(startOfParisDay("2016-10-30").toISOString()).toBe("2016-10-29T22:00:00.000Z");
    expect(endOfParisDay("2016-10-30").toISOString()).toBe("2016-10-30T23:00:00.000Z");
  });

  it("put 23:30 on 31 December in Paris inside that day", () => {
    const lateArrival = new Date("2016-12-31T22:30:00Z");
    expect(lateArrival >= startOfParisDay("2016-12-31") && lateArrival < endOfParisDay("2016-12-31")).toBe(true);
  });
});

// The extremes an attacker sends (docs/decisions/013-bounded-input.md): year zero, two-digit years
// JavaScript reads as 19xx, the last year a Date can hold, negative and non-Gregorian strings.
const outOfRange = [
  "0000-01-01",
  "0001-01-01",
  "0099-12-31",
  "1899-12-31",
  "2100-01-01",
  "9999-12-31",
  "275760-09-13",
  "-0001-01-01",
  "-271821-04-20",
  "+002016-05-12",
];
const notDays = [
  "2016-02-30",
  "2015-02-29",
  "2016-13-01",
  "16-01-01",
  "2016-1-1",
  "1437-09-10 AH",
  "2016-05-12T00:00",
  "",
  " 2016-05-12",
];

describe("accepted dates", () => {
  it("are real days between the first and last accepted day", () => {
    expect(isAcceptedDay(acceptedDays.first)).toBe(true);
    expect(isAcceptedDay(acceptedDays.last)).toBe(true);
    expect(isAcceptedDay("2016-02-29")).toBe(true);
    for (const day of [...outOfRange, ...notDays]) expect(isAcceptedDay(day), day).toBe(false);
  });

  it("bound years and months the same way", () => {
    expect(isAcceptedYear(1900)).toBe(true);
    expect(isAcceptedYear(2099)).toBe(true);
    for (const year of [0, 1, 99, 1899, 2100, 9999, 275760, -1, 2016.5, Number.NaN])
      expect(isAcceptedYear(year), String(year)).toBe(false);
    expect(isAcceptedMonth("2016-12")).toBe(true);
    for (const month of [
      "0000-01",
      "0099-12",
      "1899-12",
      "2100-01",
      "9999-12",
      "2016-13",
      "2016-00",
      "275760-01",
      "-2016-01",
    ])
      expect(isAcceptedMonth(month), month).toBe(false);
  });
});
