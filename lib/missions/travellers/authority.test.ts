import { describe, expect, it } from "vitest";
import {
  authorityProblems,
  lastDayAfterMonths,
  missingAuthority,
  noOrderRule,
  type TravellerAuthority,
} from "./authority";

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
const trip = ["2017-05-02", "2017-05-05", noOrderRule] as const;

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

  it("holds an order to the cap administrators set, counted in calendar months from its signature", () => {
    const twoMonths = { maxValidityMonths: 2 };
    const [start, end] = trip;
    // Signed 20 April: valid up to 20 June at the most.
    expect(authorityProblems(staff({ orderValidUntil: "2017-06-20" }), start, end, twoMonths)).toEqual([]);
    expect(authorityProblems(staff({ orderValidUntil: "2017-06-21" }), start, end, twoMonths)).toEqual([
      "orderRunsTooLong",
    ]);
    // No cap: any length.
    expect(authorityProblems(staff({ orderValidUntil: "2018-06-21" }), ...trip)).toEqual([]);
    // Elected officials and partners' representatives hold no order.
    expect(authorityProblems(elected(), start, end, { maxValidityMonths: 1 })).toEqual([]);
  });

  it("counts months to the same day, or the month's last day when it has none", () => {
    expect(lastDayAfterMonths("2017-04-20", 2)).toBe("2017-06-20");
    expect(lastDayAfterMonths("2017-12-31", 2)).toBe("2018-02-28");
    expect(lastDayAfterMonths("2016-12-31", 2)).toBe("2017-02-28");
    expect(lastDayAfterMonths("2015-12-31", 2)).toBe("2016-02-29");
    expect(lastDayAfterMonths("2017-08-31", 1)).toBe("2017-09-30");
  });
});
