import type { DelegationInput } from "@/lib/delegations/schemas";
import { parisInputToDate } from "@/lib/time";

// What the delegation forms hand the data layer once parsed (lib/delegations/schemas.ts), for
// tests that go through createDelegation/updateDelegation. Rows for the database itself come
// from buildDelegation in ./demo-records.ts.

let sequence = 0;

/** Paris wall-clock time as the form's datetime-local fields give it. */
export function parisTime(value: string): Date {
  const instant = parisInputToDate(value);
  if (!instant) throw new Error(`Not a date and time: ${value}`);
  return instant;
}

/** A delegation of eight from Italy (country only), one day in Nice in May 2017, unless told otherwise. */
export function delegationInput(overrides: Partial<DelegationInput> = {}): DelegationInput {
  sequence += 1;
  return {
    title: `Délégation ${sequence}`,
    originDestinationId: null,
    originCountryCode: "IT",
    arrivalAt: parisTime("2017-05-10T09:00"),
    departureAt: parisTime("2017-05-10T18:00"),
    size: 8,
    hostName: "Sophie Staff",
    programme: "",
    sectorIds: [],
    partnerIds: [],
    ...overrides,
  };
}
