import type { MissionPartnerRole, Prisma } from "@/lib/generated/prisma/client";
import { endOfParisDay, startOfParisDay } from "@/lib/time";
import type { DemoPartnerShortName } from "./partners";
import type { DestinationCity, ObjectiveCode, SectorCode } from "./reference";

// Builders of the operational records (missions, delegations, events, agreements) and the shapes
// the demo data describes them in. Builders return plain Prisma inputs: a test passes one to
// `create`/`createMany` as is; the demo seed (prisma/demo/records.ts) inserts them in batches and
// links them to reference data by code, short name or city.

/** A calendar day (YYYY-MM-DD) as a @db.Date value: midnight UTC of that day. */
export function calendarDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The instant a Paris wall clock shows `time` (HH:MM) on `day`. */
export function parisInstant(day: string, time: string): Date {
  const start = startOfParisDay(day);
  // Wall-clock arithmetic is only exact on 24-hour days; demo data keeps off the two DST days.
  if (endOfParisDay(day).getTime() - start.getTime() !== 86_400_000)
    throw new Error(`${day} is a daylight-saving change day`);
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return new Date(start.getTime() + (hours * 60 + minutes) * 60_000);
}

/** A mission and its links, as the demo data describes it. */
export type DemoMission = {
  mission: Prisma.MissionCreateManyInput & { id: string };
  destinations: DestinationCity[];
  sectors: SectorCode[];
  objectives: ObjectiveCode[];
  partners: { shortName: DemoPartnerShortName; role: MissionPartnerRole; contributionCents: number; seeks?: string }[];
  participants: Omit<Prisma.MissionParticipantCreateManyInput, "missionId">[];
  agenda: Omit<Prisma.MissionAgendaItemCreateManyInput, "missionId">[];
};

export type DemoDelegation = {
  delegation: Omit<Prisma.DelegationCreateManyInput, "originDestinationId"> & { id: string };
  origin: DestinationCity | null;
  sectors: SectorCode[];
  partners: DemoPartnerShortName[];
};

export type DemoEvent = {
  event: Prisma.InternationalEventCreateManyInput & { id: string };
  sectors: SectorCode[];
  partners: DemoPartnerShortName[];
  objectives: ObjectiveCode[];
};

export type DemoAgreement = {
  agreement: Omit<Prisma.AgreementCreateManyInput, "destinationId"> & { id: string };
  destination: DestinationCity;
  themes: { year: number; theme: string }[];
};

let sequence = 0;

/** An approved two-day mission in May 2017 unless told otherwise. */
export function buildMission(overrides: Partial<Prisma.MissionCreateManyInput> = {}): Prisma.MissionCreateManyInput {
  sequence += 1;
  return {
    title: `Mission ${sequence}`,
    status: "APPROVED",
    startDate: calendarDay("2017-05-02"),
    endDate: calendarDay("2017-05-03"),
    ...overrides,
  };
}

/** An expected delegation of six from Italy, in Nice for a day in May 2017, unless told otherwise. */
export function buildDelegation(
  overrides: Partial<Prisma.DelegationCreateManyInput> = {},
): Prisma.DelegationCreateManyInput {
  sequence += 1;
  return {
    title: `Délégation ${sequence}`,
    originCountryCode: "IT",
    arrivalAt: parisInstant("2017-05-10", "09:00"),
    departureAt: parisInstant("2017-05-10", "18:00"),
    size: 6,
    status: "EXPECTED",
    ...overrides,
  };
}

/** A planned one-day event in Nice in June 2017 unless told otherwise. */
export function buildEvent(
  overrides: Partial<Prisma.InternationalEventCreateManyInput> = {},
): Prisma.InternationalEventCreateManyInput {
  sequence += 1;
  return {
    title: `Événement international ${sequence}`,
    startsAt: parisInstant("2017-06-12", "09:00"),
    endsAt: parisInstant("2017-06-12", "18:00"),
    venue: "Palais de la Méditerranée",
    status: "PLANNED",
    ...overrides,
  };
}

/** A memorandum with a counterpart of `destinationId`, from 2017, with no end date unless told otherwise. */
export function buildAgreement(
  overrides: Partial<Prisma.AgreementCreateManyInput> & Pick<Prisma.AgreementCreateManyInput, "destinationId">,
): Prisma.AgreementCreateManyInput {
  sequence += 1;
  return {
    title: `Accord ${sequence}`,
    kind: "MEMORANDUM",
    counterpart: `Partenaire ${sequence}`,
    startDate: calendarDay("2017-01-01"),
    ...overrides,
  };
}
