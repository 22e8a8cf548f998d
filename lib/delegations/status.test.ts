import { describe, expect, it } from "vitest";
import { canChangeDelegationStatus, nextDelegationStatuses } from "./status";

const now = new Date("2016-06-01T10:00:00Z");
const past = new Date("2016-05-31T10:00:00Z");
const future = new Date("2016-06-02T10:00:00Z");

describe("delegation status changes", () => {
  it("go from expected to welcomed or cancelled, and back to expected", () => {
    expect(nextDelegationStatuses("EXPECTED")).toEqual(["WELCOMED", "CANCELLED"]);
    expect(canChangeDelegationStatus("EXPECTED", "CANCELLED", future, now)).toBe(true);
    expect(canChangeDelegationStatus("CANCELLED", "EXPECTED", past, now)).toBe(true);
    expect(canChangeDelegationStatus("WELCOMED", "EXPECTED", past, now)).toBe(true);
  });

  it("never jump between welcomed and cancelled or stay put", () => {
    expect(canChangeDelegationStatus("WELCOMED", "CANCELLED", past, now)).toBe(false);
    expect(canChangeDelegationStatus("CANCELLED", "WELCOMED", past, now)).toBe(false);
    expect(canChangeDelegationStatus("EXPECTED", "EXPECTED", past, now)).toBe(false);
  });

  it("welcome a delegation only once it has arrived", () => {
    expect(canChangeDelegationStatus("EXPECTED", "WELCOMED", past, now)).toBe(true);
    expect(canChangeDelegationStatus("EXPECTED", "WELCOMED", now, now)).toBe(true);
    expect(canChangeDelegationStatus("EXPECTED", "WELCOMED", future, now)).toBe(false);
  });
});
