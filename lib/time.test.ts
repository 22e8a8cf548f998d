import { describe, expect, it } from "vitest";
import { endOfParisDay, startOfParisDay } from "./time";

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
