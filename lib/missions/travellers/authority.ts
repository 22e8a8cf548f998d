// Whether each of a mission's travellers may travel (decision 016), as a pure module shared by the
// data layer (a mission is not confirmed while one may not), the mission's page and the tests.
// A staff member travels on a signed mission order covering the trip; an elected official on a
// "mandat spécial" conferred by a council deliberation before departure (CGCT L2123-18); a
// partner's representative under their own organisation's rules, recorded, not checked. An order
// may run at most as long as the rule administrators keep allows (decision 025), when they set one.
// No server imports.
import type { TravellerKind } from "@/lib/generated/prisma/enums";
import type { RecordValues } from "@/lib/records/fields";
import type { travellerFields } from "./fields";

export type TravellerAuthority = {
  name: string;
  kind: TravellerKind;
  orderNumber: string | null;
  orderSignatory: string | null;
  /** Calendar days, "YYYY-MM-DD". */
  orderSignedOn: string | null;
  orderValidUntil: string | null;
  deliberationNumber: string | null;
  deliberationDate: string | null;
};

/** The cap on an order's validity, in months from the day it is signed; null: no cap. */
export type OrderRule = { maxValidityMonths: number | null };

export const noOrderRule: OrderRule = { maxValidityMonths: null };

export const authorityProblemCodes = [
  "orderMissing",
  "orderSignedAfterDeparture",
  "orderEndsBeforeReturn",
  "orderRunsTooLong",
  "deliberationMissing",
  "deliberationAfterDeparture",
] as const;

export type AuthorityProblem = (typeof authorityProblemCodes)[number];

/** A traveller's declared values (empty texts: nothing recorded) as the rule reads them. */
export function authorityOf(traveller: RecordValues<typeof travellerFields>): TravellerAuthority {
  const text = (value: string) => (value === "" ? null : value);
  return {
    name: traveller.name,
    kind: traveller.kind as TravellerKind,
    orderNumber: text(traveller.orderNumber),
    orderSignatory: text(traveller.orderSignatory),
    orderSignedOn: traveller.orderSignedOn,
    orderValidUntil: traveller.orderValidUntil,
    deliberationNumber: text(traveller.deliberationNumber),
    deliberationDate: traveller.deliberationDate,
  };
}

/**
 * The last day an order signed on `day` may run under a cap of `months`: the same day `months`
 * later, the month's last day when it has no such day (31 January + 1 month → 28 or 29 February).
 */
export function lastDayAfterMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, daysInTarget));
  return target.toISOString().slice(0, 10);
}

/** What keeps one traveller from leaving on a trip from `startDay` to `endDay`; empty when nothing. */
export function authorityProblems(
  traveller: TravellerAuthority,
  startDay: string,
  endDay: string,
  rule: OrderRule,
): AuthorityProblem[] {
  if (traveller.kind === "STAFF") {
    const { orderNumber, orderSignatory, orderSignedOn, orderValidUntil } = traveller;
    if (!orderNumber || !orderSignatory || !orderSignedOn || !orderValidUntil) return ["orderMissing"];
    const { maxValidityMonths } = rule;
    return [
      ...(orderSignedOn > startDay ? (["orderSignedAfterDeparture"] as const) : []),
      ...(orderValidUntil < endDay ? (["orderEndsBeforeReturn"] as const) : []),
      // Longer than the cap: the order must be renewed (a new one, signed later, covering the rest).
      ...(maxValidityMonths !== null && orderValidUntil > lastDayAfterMonths(orderSignedOn, maxValidityMonths)
        ? (["orderRunsTooLong"] as const)
        : []),
    ];
  }
  if (traveller.kind === "ELECTED") {
    if (!traveller.deliberationNumber || !traveller.deliberationDate) return ["deliberationMissing"];
    // Conferred beforehand: the deliberation comes before the day of departure.
    return traveller.deliberationDate >= startDay ? ["deliberationAfterDeparture"] : [];
  }
  return [];
}

/** The travellers who may not leave yet, with what each lacks. */
export function missingAuthority(
  travellers: TravellerAuthority[],
  startDay: string,
  endDay: string,
  rule: OrderRule,
): { name: string; problems: AuthorityProblem[] }[] {
  return travellers
    .map((traveller) => ({ name: traveller.name, problems: authorityProblems(traveller, startDay, endDay, rule) }))
    .filter((traveller) => traveller.problems.length > 0);
}
