import { Prisma } from "@/lib/generated/prisma/client";
import { demoAgreements } from "@/prisma/demo/agreements";
import { demoDelegations } from "@/prisma/demo/delegations";
import { demoEvents } from "@/prisma/demo/events";
import { demoJointActions } from "@/prisma/demo/joint-actions";
import { demoAllowanceDays, demoAllowanceRates, demoAllowanceTotals } from "./allowance-rates";
import { demoMissionFollowUps } from "./mission-follow-ups";
import { demoMissionSteps } from "./mission-steps";
import { demoMissionCosts } from "./mission-costs";
import { demoMissionTravellers, demoOrderRule } from "./mission-travellers";
import { demoMissions } from "@/prisma/demo/missions";
import { calendarDay } from "@/prisma/demo/record-builders";
import { demoTowns } from "@/prisma/demo/towns";
import { demoDestinations, demoId, demoObjectives, demoPriorityPeriod, demoSectors } from "@/prisma/demo/reference";

// Seeds the reference data and the records behind the 2016 dashboard (docs/decisions/008-demo-data.md)
// into a database that holds the demo partners and nothing else. Batch inserts only: a few dozen
// statements in all, whatever the number of records, so the seed takes well under a second.

type Transaction = Prisma.TransactionClient;

// Prisma's implicit many-to-many tables: column A references the model whose name sorts first.
type JoinTable =
  | "_DestinationToMission"
  | "_MissionToSector"
  | "_MissionToObjective"
  | "_DelegationToSector"
  | "_DelegationToPartner"
  | "_InternationalEventToSector"
  | "_InternationalEventToPartner"
  | "_InternationalEventToObjective";

/** Links many records at once: Prisma's `connect` would take a statement per record. */
async function link(tx: Transaction, table: JoinTable, pairs: [a: string, b: string][]): Promise<void> {
  if (pairs.length === 0) return;
  const a = pairs.map(([first]) => first);
  const b = pairs.map(([, second]) => second);
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} ("A", "B") SELECT * FROM unnest(${a}::text[], ${b}::text[])`;
}

const sectorId = (code: string) => demoId("sector", code);
const objectiveId = (code: string) => demoId("objective", code);
const destinationId = (city: string) => demoId("destination", city);

async function seedReferenceData(tx: Transaction): Promise<void> {
  await tx.sector.createMany({ data: demoSectors.map((sector) => ({ ...sector, id: sectorId(sector.code) })) });
  await tx.objective.createMany({
    data: demoObjectives.map((objective) => ({ ...objective, id: objectiveId(objective.code) })),
  });
  await tx.destination.createMany({
    data: demoDestinations.map((destination) => ({ ...destination, id: destinationId(destination.city) })),
  });
  const { cities, ...period } = demoPriorityPeriod;
  const periodId = demoId("period", period.label);
  await tx.priorityPeriod.createMany({ data: [{ ...period, id: periodId }] });
  await tx.priorityDestination.createMany({
    data: cities.map((city) => ({ periodId, destinationId: destinationId(city) })),
  });
  await tx.town.createMany({
    data: demoTowns.map((town) => ({
      ...town,
      id: demoId("town", town.name),
      connectedOn: town.connectedOn === null ? null : calendarDay(town.connectedOn),
    })),
  });
}

async function seedMissions(tx: Transaction, partnerId: (shortName: string) => string): Promise<void> {
  const missions = demoMissions();
  await tx.mission.createMany({ data: missions.map(({ mission }) => mission) });
  await tx.missionPartner.createMany({
    data: missions.flatMap(({ mission, partners }) =>
      partners.map(({ shortName, ...share }) => ({ ...share, missionId: mission.id, partnerId: partnerId(shortName) })),
    ),
  });
  await tx.missionParticipant.createMany({
    data: missions.flatMap(({ mission, participants }) =>
      participants.map((participant, index) => ({
        ...participant,
        id: demoId("participant", `${mission.id}:${index}`),
        missionId: mission.id,
      })),
    ),
  });
  await tx.missionAgendaItem.createMany({
    data: missions.flatMap(({ mission, agenda }) =>
      agenda.map((item, index) => ({ ...item, id: demoId("agenda", `${mission.id}:${index}`), missionId: mission.id })),
    ),
  });
  await tx.missionStatusChange.createMany({ data: demoMissionSteps(missions) });
  const travellers = demoMissionTravellers(missions);
  await tx.missionTraveller.createMany({ data: travellers });
  await tx.missionCost.createMany({
    data: demoMissionCosts(missions, partnerId, demoAllowanceTotals(missions, travellers)),
  });
  await tx.missionFollowUp.createMany({ data: demoMissionFollowUps(missions, partnerId) });
  await tx.allowanceRate.createMany({ data: demoAllowanceRates() });
  await tx.missionOrderRule.upsert({
    where: { id: "mission-orders" },
    create: { id: "mission-orders", ...demoOrderRule },
    update: demoOrderRule,
  });
  await tx.missionAllowanceDay.createMany({ data: demoAllowanceDays() });
  await link(
    tx,
    "_DestinationToMission",
    missions.flatMap(({ mission, destinations }) =>
      destinations.map((city) => [destinationId(city), mission.id] as [string, string]),
    ),
  );
  await link(
    tx,
    "_MissionToSector",
    missions.flatMap(({ mission, sectors }) => sectors.map((code) => [mission.id, sectorId(code)] as [string, string])),
  );
  await link(
    tx,
    "_MissionToObjective",
    missions.flatMap(({ mission, objectives }) =>
      objectives.map((code) => [mission.id, objectiveId(code)] as [string, string]),
    ),
  );
}

async function seedDelegationsAndEvents(tx: Transaction, partnerId: (shortName: string) => string): Promise<void> {
  const delegations = demoDelegations();
  await tx.delegation.createMany({
    data: delegations.map(({ delegation, origin }) => ({
      ...delegation,
      originDestinationId: origin === null ? null : destinationId(origin),
    })),
  });
  await link(
    tx,
    "_DelegationToSector",
    delegations.flatMap(({ delegation, sectors }) =>
      sectors.map((code) => [delegation.id, sectorId(code)] as [string, string]),
    ),
  );
  await link(
    tx,
    "_DelegationToPartner",
    delegations.flatMap(({ delegation, partners }) =>
      partners.map((name) => [delegation.id, partnerId(name)] as [string, string]),
    ),
  );

  const events = demoEvents();
  await tx.internationalEvent.createMany({ data: events.map(({ event }) => event) });
  await link(
    tx,
    "_InternationalEventToSector",
    events.flatMap(({ event, sectors }) => sectors.map((code) => [event.id, sectorId(code)] as [string, string])),
  );
  await link(
    tx,
    "_InternationalEventToPartner",
    events.flatMap(({ event, partners }) => partners.map((name) => [event.id, partnerId(name)] as [string, string])),
  );
  await link(
    tx,
    "_InternationalEventToObjective",
    events.flatMap(({ event, objectives }) =>
      objectives.map((code) => [event.id, objectiveId(code)] as [string, string]),
    ),
  );
}

async function seedAgreements(tx: Transaction): Promise<void> {
  const agreements = demoAgreements();
  await tx.agreement.createMany({
    data: agreements.map(({ agreement, destination }) => ({ ...agreement, destinationId: destinationId(destination) })),
  });
  await tx.agreementTheme.createMany({
    data: agreements.flatMap(({ agreement, themes }) =>
      themes.map((theme) => ({ ...theme, agreementId: agreement.id })),
    ),
  });
}

/** The partners' joint actions, linked to the missions, delegations and events seeded before them. */
async function seedJointActions(tx: Transaction, partnerId: (shortName: string) => string): Promise<void> {
  await tx.jointAction.createMany({
    data: demoJointActions().map(({ action, partner, destination, objective }) => ({
      ...action,
      partnerId: partnerId(partner),
      objectiveId: objectiveId(objective),
      ...(destination === null ? {} : { destinationId: destinationId(destination) }),
    })),
  });
}

/** Seeds reference data, towns, missions, delegations, events, agreements and joint actions; the partners must exist. */
export async function seedDemoRecords(tx: Transaction): Promise<void> {
  const partners = new Map(
    (await tx.partner.findMany({ select: { id: true, shortName: true } })).map(({ id, shortName }) => [shortName, id]),
  );
  const partnerId = (shortName: string) => {
    const id = partners.get(shortName);
    if (id === undefined) throw new Error(`Demo partner ${shortName} is missing`);
    return id;
  };
  await seedReferenceData(tx);
  await seedMissions(tx, partnerId);
  await seedDelegationsAndEvents(tx, partnerId);
  await seedAgreements(tx);
  await seedJointActions(tx, partnerId);
}
