import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MissionStatus } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/policy";
import { ratesInForce } from "@/lib/reference/allowance-rates/queries";
import { dayOf } from "@/lib/time";
import { computeAllowances, type Allowances, type DaySetting } from "./compute";

// A mission's daily allowances as its page shows them (decision 018). Office users only: a
// mission's budget is the department's own.

export type MissionAllowances = {
  mission: { id: string; title: string; status: MissionStatus; isArchived: boolean; hasDestinations: boolean };
  allowances: Allowances;
  /** What staff had set when the page was read: a save over someone else's newer choices is refused. */
  basis: string;
};

/** The stored choices in a fixed order, as one text: equal texts, equal choices. */
export const basisOf = (rows: ({ day: Date } & DaySetting)[]) =>
  JSON.stringify(
    rows
      .map((row) => [dayOf(row.day), row.night, row.lunch, row.dinner])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );

/** Reads what the computation needs inside the caller's transaction, or outside one. */
export async function readAllowances(
  client: Prisma.TransactionClient | typeof db,
  missionId: string,
): Promise<MissionAllowances | null> {
  const mission = await client.mission.findUnique({
    where: { id: missionId },
    select: {
      id: true,
      title: true,
      status: true,
      archivedAt: true,
      startDate: true,
      endDate: true,
      destinations: { select: { city: true, countryCode: true }, orderBy: [{ city: "asc" }, { countryCode: "asc" }] },
      agenda: {
        select: { day: true, time: true, title: true, location: true },
        orderBy: [{ day: "asc" }, { time: "asc" }, { position: "asc" }],
      },
      allowanceDays: { select: { day: true, night: true, lunch: true, dinner: true } },
      _count: { select: { travellers: { where: { archivedAt: null, kind: { in: ["STAFF", "ELECTED"] } } } } },
    },
  });
  if (!mission) return null;
  const startDate = dayOf(mission.startDate);
  const endDate = dayOf(mission.endDate);
  const countries = [...new Set(mission.destinations.map((destination) => destination.countryCode))];
  const rates = await ratesInForce(countries, startDate, endDate);
  const allowances = computeAllowances({
    startDate,
    endDate,
    agenda: mission.agenda.map((slot) => ({ ...slot, day: dayOf(slot.day) })),
    destinations: mission.destinations,
    rates,
    settings: new Map(mission.allowanceDays.map(({ day, ...setting }) => [dayOf(day), setting])),
    travellers: mission._count.travellers,
  });
  return {
    mission: {
      id: mission.id,
      title: mission.title,
      status: mission.status,
      isArchived: mission.archivedAt !== null,
      hasDestinations: mission.destinations.length > 0,
    },
    allowances,
    basis: basisOf(mission.allowanceDays),
  };
}

/** A mission's allowances for its page; null when not there or not the reader's to see. */
export async function getMissionAllowances(actor: ActingUser, missionId: string): Promise<MissionAllowances | null> {
  if (!can(actor, "records.read")) return null;
  return readAllowances(db, missionId);
}
