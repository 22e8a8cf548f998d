import { describe, expect, it } from "vitest";
import { canChangeEventStatus, nextEventStatuses } from "./status";

const now = new Date("2016-06-01T10:00:00Z");
const past = new Date("2016-05-31T10:00:00Z");
const future = new Date("2016-06-02T10:00:00Z");

describe("event status changes", () => {
  it("go from planned to held or cancelled, and back to planned", () => {
    expect(nextEventStatuses("PLANNED")).toEqual(["HELD", "CANCELLED"]);
    expect(canChangeEventStatus("PLANNED", "CANCELLED", future, now)).toBe(true);
    expect(canChangeEventStatus("CANCELLED", "PLANNED", past, now)).toBe(true);
    expect(canChangeEventStatus("HELD", "PLANNED", past, now)).toBe(true);
  });

  it("never jump between held and cancelled or stay put", () => {
    expect(canChangeEventStatus("HELD", "CANCELLED", past, now)).toBe(false);
    expect(canChangeEventStatus("CANCELLED", "HELD", past, now)).toBe(false);
    expect(canChangeEventStatus("PLANNED", "PLANNED", past, now)).toBe(false);
  });

  it("mark an event held only once it has started", () => {
    expect(canChangeEventStatus("PLANNED", "HELD", past, now)).toBe(true);
    expect(canChangeEventStatus("PLANNED", "HELD", now, now)).toBe(true);
    expect(canChangeEventStatus("PLANNED", "HELD", future, now)).toBe(false);
  });
});
