import { describe, expect, it } from "vitest";
import { changedFields } from "./audit";

describe("changedFields", () => {
  it("keeps only the fields whose value changed, with before and after", () => {
    const before = { role: "STAFF", isActive: true, name: "Sophie" };
    expect(changedFields(before, { role: "MANAGER", isActive: true })).toEqual({
      role: { before: "STAFF", after: "MANAGER" },
    });
  });

  it("compares dates by instant and records them as ISO strings", () => {
    const at = new Date("2016-12-31T22:30:00Z");
    expect(changedFields({ at }, { at: new Date(at.getTime()) })).toEqual({});
    expect(changedFields({ at }, { at: null })).toEqual({ at: { before: "2016-12-31T22:30:00.000Z", after: null } });
  });
});
