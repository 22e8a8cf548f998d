import { describe, expect, it } from "vitest";
import { canonicalTimeZone, instantOfWallClock, wallClockOf } from "./time-zones";

describe("time zones", () => {
  it("accepts a zone in any case and gives its canonical name", () => {
    expect(canonicalTimeZone("asia/shanghai")).toBe("Asia/Shanghai");
    expect(canonicalTimeZone(" Europe/Moscow ")).toBe("Europe/Moscow");
  });

  it("refuses what names no zone", () => {
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
    expect(canonicalTimeZone("../etc/passwd")).toBeNull();
  });

  it("turns a local wall clock into Paris time, across the date line", () => {
    // Xiamen is UTC+8, Paris UTC+2 in summer: 09:30 in Xiamen is 03:30 in Paris.
    const morning = instantOfWallClock("2016-06-14", "09:30", "Asia/Shanghai");
    expect(wallClockOf(morning, "Europe/Paris")).toEqual({ day: "2016-06-14", time: "03:30" });
    // 04:00 in Xiamen is still the day before in Paris.
    const dawn = instantOfWallClock("2016-06-14", "04:00", "Asia/Shanghai");
    expect(wallClockOf(dawn, "Europe/Paris")).toEqual({ day: "2016-06-13", time: "22:00" });
    // New York is six hours behind Paris in January.
    const evening = instantOfWallClock("2019-01-22", "19:00", "America/New_York");
    expect(wallClockOf(evening, "Europe/Paris")).toEqual({ day: "2019-01-23", time: "01:00" });
  });

  it("reads a wall clock on a day the clocks change", () => {
    // Paris moved from 02:00 to 03:00 on 27 March 2016: 02:30 does not exist, 03:30 is UTC 01:30.
    expect(instantOfWallClock("2016-03-27", "03:30", "Europe/Paris").toISOString()).toBe("2016-03-27T01:30:00.000Z");
    expect(instantOfWallClock("2016-03-27", "01:30", "Europe/Paris").toISOString()).toBe("2016-03-27T00:30:00.000Z");
  });
});
