import { describe, expect, it } from "vitest";
import { authorityProblems, missingAuthority, type TravellerAuthority } from "./authority";

const none = {
  orderNumber: null,
  orderSignatory: null,
  orderSignedOn: null,
  orderValidUntil: null,
  deliberationNumber: null,
  deliberationDate: null,
};
const staff = (order: Partial<TravellerAuthority> = {}): TravellerAuthority => ({
  name: "Sophie Staff",
  kind: "STAFF",
  ...none,
  orderNumber: "OM-2017-042",
  orderSignatory: "Directeur général des services",
  orderSignedOn: "2017-04-20",
  orderValidUntil: "2017-05-31",
  ...order,
});
const elected = (deliberation: Partial<TravellerAuthority> = {}): TravellerAuthority => ({
  name: "Christian Estrosi",
  kind: "ELECTED",
  ...none,
  deliberationNumber: "2017-118",
  deliberationDate: "2017-04-28",
  ...deliberation,
});
const trip = ["2017-05-02", "2017-05-05"] as const;

describe("a traveller's authority to leave", () => {
  it("is a staff member's signed mission order covering the whole trip", () => {
    expect(authorityProblems(staff(), ...trip)).toEqual([]);
    expect(authorityProblems(staff({ orderSignatory: "" }), ...trip)).toEqual(["orderMissing"]);
    expect(authorityProblems(staff({ orderValidUntil: null }), ...trip)).toEqual(["orderMissing"]);
    // Signed on the day of departure is in time; the day after is not.
    expect(authorityProblems(staff({ orderSignedOn: "2017-05-02" }), ...trip)).toEqual([]);
    expect(authorityProblems(staff({ orderSignedOn: "2017-05-03", orderValidUntil: "2017-05-04" }), ...trip)).toEqual([
      "orderSignedAfterDeparture",
      "orderEndsBeforeReturn",
    ]);
    expect(authorityProblems(staff({ orderValidUntil: "2017-05-05" }), ...trip)).toEqual([]);
  });

  it("is an elected official's mandat spécial, conferred before the day of departure", () => {
    expect(authorityProblems(elected(), ...trip)).toEqual([]);
    expect(authorityProblems(elected({ deliberationNumber: null }), ...trip)).toEqual(["deliberationMissing"]);
    expect(authorityProblems(elected({ deliberationDate: "2017-05-02" }), ...trip)).toEqual([
      "deliberationAfterDeparture",
    ]);
  });

  it("is not checked for a partner's representative, and names who lacks what", () => {
    const partner: TravellerAuthority = { name: "Paul Partner", kind: "PARTNER", ...none };
    expect(authorityProblems(partner, ...trip)).toEqual([]);
    expect(missingAuthority([staff(), elected({ deliberationDate: null }), partner], ...trip)).toEqual([
      { name: "Christian Estrosi", problems: ["deliberationMissing"] },
    ]);
  });
});
