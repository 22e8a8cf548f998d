import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/action-result";
import { roleCan, type Capability } from "@/lib/policy";
import { assertStatusChange, availableSteps, missionStatuses, statusChangeProblem } from "./status";

const past = { startDay: "2016-05-10", today: "2016-06-01" };
const as = (role: "STAFF" | "MANAGER" | "ADMIN") => (capability: Capability) => roleCan(role, capability);

const allowedFor = (role: "STAFF" | "MANAGER" | "ADMIN") =>
  missionStatuses
    .flatMap((from) =>
      missionStatuses
        .filter((to) => statusChangeProblem({ from, to, ...past, holds: as(role) }) === null)
        .map((to) => `${from}→${to}`),
    )
    .sort();

describe("mission status changes", () => {
  it("let staff submit, confirm, complete, step back and cancel", () => {
    expect(allowedFor("STAFF")).toEqual(
      [
        "DRAFT→SUBMITTED",
        "DRAFT→CANCELLED",
        "SUBMITTED→CANCELLED",
        "APPROVED→CONFIRMED",
        "APPROVED→DRAFT",
        "APPROVED→CANCELLED",
        "CONFIRMED→COMPLETED",
        "CONFIRMED→APPROVED",
        "CONFIRMED→CANCELLED",
        "CANCELLED→DRAFT",
      ].sort(),
    );
  });

  it("let a manager approve, return and reopen, and nothing else", () => {
    expect(allowedFor("MANAGER")).toEqual(["COMPLETED→CONFIRMED", "SUBMITTED→APPROVED", "SUBMITTED→DRAFT"]);
    // An administrator holds both.
    expect(allowedFor("ADMIN")).toEqual([...allowedFor("STAFF"), ...allowedFor("MANAGER")].sort());
  });

  it("refuse staying in place and skipping steps, naming why", () => {
    const staff = as("STAFF");
    expect(statusChangeProblem({ from: "APPROVED", to: "APPROVED", ...past, holds: staff })).toBe(
      "invalidStatusChange",
    );
    expect(statusChangeProblem({ from: "DRAFT", to: "APPROVED", ...past, holds: staff })).toBe("invalidStatusChange");
    expect(statusChangeProblem({ from: "SUBMITTED", to: "APPROVED", ...past, holds: staff })).toBe("forbidden");
  });

  it("complete a mission only from its first day on (Paris days)", () => {
    const staff = as("STAFF");
    expect(
      statusChangeProblem({
        from: "CONFIRMED",
        to: "COMPLETED",
        startDay: "2016-06-02",
        today: "2016-06-01",
        holds: staff,
      }),
    ).toBe("completedBeforeStart");
    expect(
      statusChangeProblem({
        from: "CONFIRMED",
        to: "COMPLETED",
        startDay: "2016-06-01",
        today: "2016-06-01",
        holds: staff,
      }),
    ).toBeNull();
  });

  it("throw the refusal as a domain error, and give the step taken", () => {
    const staff = as("STAFF");
    expect(() => assertStatusChange({ from: "CANCELLED", to: "APPROVED", ...past, holds: staff })).toThrow(DomainError);
    expect(() =>
      assertStatusChange({
        from: "CONFIRMED",
        to: "COMPLETED",
        startDay: "2099-01-01",
        today: "2016-06-01",
        holds: staff,
      }),
    ).toThrow(expect.objectContaining({ code: "completedBeforeStart" }));
    expect(assertStatusChange({ from: "SUBMITTED", to: "DRAFT", ...past, holds: as("MANAGER") })).toMatchObject({
      name: "return",
      needsComment: true,
    });
  });

  it("offer only the steps the user would be allowed today", () => {
    const names = (from: (typeof missionStatuses)[number], startDay: string, role: "STAFF" | "MANAGER") =>
      availableSteps(from, startDay, "2016-06-01", as(role)).map((step) => step.name);
    expect(names("CONFIRMED", "2099-01-01", "STAFF")).toEqual(["backToApproved", "cancel"]);
    expect(names("CONFIRMED", "2016-01-01", "STAFF")).toEqual(["complete", "backToApproved", "cancel"]);
    expect(names("COMPLETED", "2016-01-01", "STAFF")).toEqual([]);
    expect(names("COMPLETED", "2016-01-01", "MANAGER")).toEqual(["reopen"]);
    expect(names("SUBMITTED", "2016-01-01", "MANAGER")).toEqual(["approve", "return"]);
  });
});
