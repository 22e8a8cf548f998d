import type { ActingUser } from "@/lib/auth/session-user";
import { testDb } from "../setup/database";

// The importable records as plain, comparable values — names, days, instants and links, never ids —
// read straight from the database (not through the spreadsheet code under test). Archived records
// are left out: lists, exports and figures leave them out too.

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const sorted = (values: string[]) => [...values].sort();
const byText = <T>(records: T[]) => records.map((record) => JSON.stringify(record)).sort();

export async function snapshotRecords() {
  const active = { archivedAt: null };
  const missions = await testDb.mission.findMany({
    where: active,
    include: {
      destinations: true,
      sectors: true,
      objectives: true,
      partners: { include: { partner: true } },
      participants: { orderBy: { position: "asc" } },
      agenda: { orderBy: [{ day: "asc" }, { time: "asc" }, { position: "asc" }] },
    },
  });
  const delegations = await testDb.delegation.findMany({
    where: active,
    include: { originDestination: true, sectors: true, partners: true },
  });
  const events = await testDb.internationalEvent.findMany({
    where: active,
    include: { sectors: true, partners: true, objectives: true },
  });
  const towns = await testDb.town.findMany({ where: active });
  const jointActions = await testDb.jointAction.findMany({
    where: active,
    include: { partner: true, mission: true, delegation: true, event: true, destination: true, objective: true },
  });
  return {
    missions: byText(
      missions.map((m) => ({
        title: m.title,
        status: m.status,
        cancellationReason: m.cancellationReason,
        startDate: iso(m.startDate),
        endDate: iso(m.endDate),
        budgetCents: m.budgetCents,
        contactsCount: m.contactsCount,
        leadsCount: m.leadsCount,
        lettersOfIntentCount: m.lettersOfIntentCount,
        summary: m.summary,
        outcomeNotes: m.outcomeNotes,
        nextSteps: m.nextSteps,
        destinations: sorted(m.destinations.map((d) => `${d.city}|${d.countryCode}`)),
        sectors: sorted(m.sectors.map((s) => s.code)),
        objectives: sorted(m.objectives.map((o) => o.code)),
        partners: sorted(m.partners.map((p) => `${p.partner.shortName}|${p.role}|${p.contributionCents}`)),
        participants: m.participants.map((p) => `${p.name}|${p.kind}|${p.organisation}`),
        agenda: m.agenda.map((a) => `${iso(a.day)}|${a.time}|${a.title}|${a.location}`),
      })),
    ),
    delegations: byText(
      delegations.map((d) => ({
        title: d.title,
        status: d.status,
        cancellationReason: d.cancellationReason,
        origin: d.originDestination ? `${d.originDestination.city}|${d.originDestination.countryCode}` : null,
        originCountryCode: d.originCountryCode,
        arrivalAt: iso(d.arrivalAt),
        departureAt: iso(d.departureAt),
        size: d.size,
        hostName: d.hostName,
        programme: d.programme,
        sectors: sorted(d.sectors.map((s) => s.code)),
        partners: sorted(d.partners.map((p) => p.shortName)),
      })),
    ),
    events: byText(
      events.map((e) => ({
        title: e.title,
        status: e.status,
        startsAt: iso(e.startsAt),
        endsAt: iso(e.endsAt),
        venue: e.venue,
        attendance: e.attendance,
        summary: e.summary,
        sectors: sorted(e.sectors.map((s) => s.code)),
        partners: sorted(e.partners.map((p) => p.shortName)),
        objectives: sorted(e.objectives.map((o) => o.code)),
      })),
    ),
    towns: byText(towns.map((t) => ({ name: t.name, inseeCode: t.inseeCode, connectedOn: iso(t.connectedOn) }))),
    jointActions: byText(
      jointActions.map((j) => ({
        partner: j.partner.shortName,
        date: iso(j.date),
        kind: j.kind,
        title: j.title,
        description: j.description,
        outcome: j.outcome,
        contactsCount: j.contactsCount,
        investorLeadsCount: j.investorLeadsCount,
        mission: j.mission ? `${j.mission.title}|${iso(j.mission.startDate)}` : null,
        delegation: j.delegation ? `${j.delegation.title}|${iso(j.delegation.arrivalAt)}` : null,
        event: j.event ? `${j.event.title}|${iso(j.event.startsAt)}` : null,
        destination: j.destination ? `${j.destination.city}|${j.destination.countryCode}` : null,
        objective: j.objective?.code ?? null,
      })),
    ),
  };
}

/** Deletes every importable record (links and child rows go with them); reference data stays. */
export async function wipeImportableRecords(): Promise<void> {
  await testDb.jointAction.deleteMany();
  await testDb.mission.deleteMany();
  await testDb.delegation.deleteMany();
  await testDb.internationalEvent.deleteMany();
  await testDb.town.deleteMany();
}

/** The demo staff member, as the data layer sees them. */
export async function demoStaff(locale: "fr" | "en"): Promise<ActingUser> {
  const user = await testDb.user.findFirstOrThrow({ where: { role: "STAFF" } });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "STAFF",
    partnerId: null,
    locale,
    mustChangePassword: false,
  };
}
