import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/action-result";
import { assertStatusChange, availableStatuses, missionStatuses, statusChangeProblem } from "./status";

const past = { startDay: "2016-05-10", today: "2016-06-01" };

describe("mission status changes", () => {
  it("follow draft → planned → confirmed → completed, with steps back and cancellation", () => {
    const allowed = missionStatuses.flatMap((from) =>
      missionStatuses.filter((to) => statusChangeProblem({ from, to, ...past }) === null).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        "DRAFT→PLANNED",
        "DRAFT→CANCELLED",
        "PLANNED→CONFIRMED",
        "PLANNED→DRAFT",
        "PLANNED→CANCELLED",
        "CONFIRMED→COMPLETED",
        "CONFIRMED→PLANNED",
        "CONFIRMED→CANCELLED",
        "CANCELLED→DRAFT",
      ].sort(),
    );
  });

  it("keep a completed mission final and refuse staying in place", () => {
    for (const to of missionStatuses)
      expect(statusChangeProblem({ from: "COMPLETED", to, ...past })).toBe("invalidStatusChange");
    expect(statusChangeProblem({ from: "PLANNED", to: "PLANNED", ...past })).toBe("invalidStatusChange");
    expect(statusChangeProblem({ from: "DRAFT", to: "COMPLETED", ...past })).toBe("invalidStatusChange");
  });

  it("complete a mission only from its first day on (Paris days)", () => {
    expect(
      statusChangeProblem({ from: "CONFIRMED", to: "COMPLETED", startDay: "2016-06-02", today: "2016-06-01" }),
    ).toBe("completedBeforeStart");
    expect(
      statusChangeProblem({ from: "CONFIRMED", to: "COMPLETED", startDay: "2016-06-01", today: "2016-06-01" }),
    ).toBeNull();
  });

  it("throw the refusal as a domain error", () => {
    expect(() => assertStatusChange({ from: "CANCELLED", to: "PLANNED", ...past })).toThrow(DomainError);
    expect(() =>
      assertStatusChange({ from: "CONFIRMED", to: "COMPLETED", startDay: "2099-01-01", today: "2016-06-01" }),
    ).toThrow(expect.objectContaining({ code: "completedBeforeStart" }));
    expect(() => assertStatusChange({ from: "DRAFT", to: "PLANNED", ...past })).not.toThrow();
  });

  it("offer only the changes that would be accepted today", () => {
    expect(availableStatuses("CONFIRMED", "2099-01-01", "2016-06-01")).toEqual(["PLANNED", "CANCELLED"]);
    expect(availableStatuses("CONFIRMED", "2016-01-01", "2016-06-01")).toEqual(["COMPLETED", "PLANNED", "CANCELLED"]);
    expect(availableStatuses("COMPLETED", "2016-01-01", "2016-06-01")).toEqual([]);
  });
});
