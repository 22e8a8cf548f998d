import { describe, expect, it } from "vitest";
import { dueDayOf, followUpState } from "./checkpoints";

describe("a mission's follow-up checkpoints", () => {
  it("fall 3, 6 and 12 months after the last day, the end of a shorter month kept", () => {
    expect(dueDayOf("2016-03-10", "THREE_MONTHS")).toBe("2016-06-10");
    expect(dueDayOf("2016-08-31", "SIX_MONTHS")).toBe("2017-02-28");
    expect(dueDayOf("2016-02-29", "TWELVE_MONTHS")).toBe("2017-02-28");
  });

  it("are not asked before their day, asked from it, overdue a month later, done once answered", () => {
    expect(followUpState("2016-06-10", false, "2016-06-09")).toBe("upcoming");
    expect(followUpState("2016-06-10", false, "2016-06-10")).toBe("due");
    expect(followUpState("2016-06-10", false, "2016-07-09")).toBe("due");
    expect(followUpState("2016-06-10", false, "2016-07-10")).toBe("overdue");
    expect(followUpState("2016-06-10", true, "2020-01-01")).toBe("answered");
  });
});
