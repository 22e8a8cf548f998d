import { describe, expect, it } from "vitest";
import { createJointActionSchema, latestDay } from "./schemas";
import { parisDay } from "@/lib/time";

const form = (overrides: Record<string, string> = {}) => ({
  date: "2017-05-12",
  kind: "PRESS",
  title: "Press trip",
  ...overrides,
});
const messages = (input: Record<string, string>) => {
  const parsed = createJointActionSchema.safeParse(input);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe("the joint-action form", () => {
  it("reads empty counts and links as zero and none", () => {
    const parsed = createJointActionSchema.parse(form({ contactsCount: "", missionId: "" }));
    expect(parsed).toMatchObject({
      contactsCount: 0,
      investorLeadsCount: 0,
      missionId: null,
      partnerId: null,
      confirmSimilar: false,
    });
    expect(createJointActionSchema.parse(form({ confirmSimilar: "1" })).confirmSimilar).toBe(true);
  });

  it("refuses negative, decimal or too large counts, a missing or impossible date, an unknown kind and a long title", () => {
    expect(messages(form({ contactsCount: "-1", investorLeadsCount: "100001" }))).toEqual({
      contactsCount: "countOutOfRange",
      investorLeadsCount: "countOutOfRange",
    });
    expect(messages(form({ contactsCount: "1.5" }))).toEqual({ contactsCount: "countOutOfRange" });
    expect(messages(form({ date: "" }))).toEqual({ date: "required" });
    expect(messages(form({ date: "2017-02-30" }))).toEqual({ date: "invalidDate" });
    expect(messages(form({ date: "0099-12-31" }))).toEqual({ date: "invalidDate" });
    expect(messages(form({ kind: "PARTY" }))).toEqual({ kind: "invalidChoice" });
    expect(messages(form({ title: "x".repeat(201) }))).toEqual({ title: "tooLong" });
  });

  it("accepts a date up to a year ahead, not after", () => {
    expect(latestDay("2024-02-29")).toBe("2025-03-01");
    expect(messages(form({ date: latestDay(parisDay()) }))).toEqual({});
    const tooLate = new Date(`${latestDay(parisDay())}T00:00:00.000Z`);
    tooLate.setUTCDate(tooLate.getUTCDate() + 1);
    expect(messages(form({ date: tooLate.toISOString().slice(0, 10) }))).toEqual({ date: "dateTooLate" });
  });
});
