import { describe, expect, it } from "vitest";
import { readDateTime, readDay, ungroupDigits } from "./day-text";

describe("dates as spreadsheets write them", () => {
  it("reads ISO days and the DD/MM/YYYY French Excel writes back, and refuses days that do not exist", () => {
    expect(readDay("2016-05-12")).toBe("2016-05-12");
    expect(readDay("12/05/2016")).toBe("2016-05-12");
    expect(readDay("1/2/2016")).toBe("2016-02-01");
    expect(readDay("31/02/2016")).toBeNull();
    expect(readDay("2016-13-01")).toBeNull();
    expect(readDay("May 12, 2016")).toBeNull();
  });

  it("reads a Paris date and time into the form's datetime-local value; a day alone is its midnight", () => {
    expect(readDateTime("2016-12-31 23:30")).toBe("2016-12-31T23:30");
    expect(readDateTime("31/12/2016 9:05")).toBe("2016-12-31T09:05");
    expect(readDateTime("2016-12-31T23:30:15")).toBe("2016-12-31T23:30:15");
    expect(readDateTime("2016-12-31")).toBe("2016-12-31T00:00");
    expect(readDateTime("2016-12-31 24:00")).toBeNull();
    expect(readDateTime("2016-12-31 23:30 UTC")).toBeNull();
  });

  it("takes the spaces out of grouped digits only", () => {
    expect(ungroupDigits("1 234")).toBe("1234");
    expect(ungroupDigits("12\u202f000")).toBe("12000");
    expect(ungroupDigits("12 34")).toBe("12 34");
  });
});
