import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JointActionSheetRecord } from "@/lib/joint-actions/sheet";
import { inBatches, inOrder } from "@/lib/spreadsheets/queries/batches";
import { dateOfDay, dayOf } from "@/lib/time";

// Joint actions with everything their spreadsheet rows hold.

const jointActionSelect = {
  id: true,
  version: true,
  archivedAt: true,
  date: true,
  kind: true,
  title: true,
  description: true,
  outcome: true,
  contactsCount: true,
  investorLeadsCount: true,
  partner: { select: { id: true, shortName: true } },
} satisfies Prisma.JointActionSelect;

async function loadJointActionBatch(
  client: Prisma.TransactionClient,
  where: Prisma.JointActionWhereInput,
): Promise<JointActionSheetRecord[]> {
  const actions = await client.jointAction.findMany({
    where,
    select: {
      ...jointActionSelect,
      partner: false,
      partnerId: true,
      missionId: true,
      delegationId: true,
      eventId: true,
      destinationId: true,
      objectiveId: true,
    },
  });
  if (actions.length === 0) return [];
  const ids = (field: "partnerId" | "missionId" | "delegationId" | "eventId" | "destinationId" | "objectiveId") => ({
    id: { in: [...new Set(actions.flatMap((action) => (action[field] ? [action[field]] : [])))] },
  });
  const toMap = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const partners = toMap(
    await client.partner.findMany({ where: ids("partnerId"), select: { id: true, shortName: true } }),
  );
  const missions = toMap(
    await client.mission.findMany({ where: ids("missionId"), select: { id: true, title: true, startDate: true } }),
  );
  const delegations = toMap(
    await client.delegation.findMany({
      where: ids("delegationId"),
      select: { id: true, title: true, arrivalAt: true },
    }),
  );
  const events = toMap(
    await client.internationalEvent.findMany({
      where: ids("eventId"),
      select: { id: true, title: true, startsAt: true },
    }),
  );
  const destinations = toMap(
    await client.destination.findMany({
      where: ids("destinationId"),
      select: { id: true, city: true, countryCode: true },
    }),
  );
  const objectives = toMap(
    await client.objective.findMany({
      where: ids("objectiveId"),
      select: { id: true, code: true, nameFr: true, nameEn: true },
    }),
  );
  const linked = <T>(map: Map<string, T>, id: string | null) => (id ? (map.get(id) ?? null) : null);
  return actions.map(({ partnerId, missionId, delegationId, eventId, destinationId, objectiveId, date, ...action }) => {
    const mission = linked(missions, missionId);
    return {
      ...action,
      date: dayOf(date),
      partner: partners.get(partnerId) ?? { id: partnerId, shortName: "" },
      mission: mission ? { title: mission.title, startDate: dayOf(mission.startDate) } : null,
      delegation: linked(delegations, delegationId),
      event: linked(events, eventId),
      destination: linked(destinations, destinationId),
      objective: linked(objectives, objectiveId),
    };
  });
}

export async function loadJointActionsById(
  client: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<JointActionSheetRecord[]> {
  return inOrder(ids, await inBatches(ids, (batch) => loadJointActionBatch(client, { id: { in: batch } })));
}

/** Every joint action (archived ones too) dated one of these days. */
export async function loadJointActionsOn(
  client: Prisma.TransactionClient,
  days: readonly string[],
): Promise<JointActionSheetRecord[]> {
  return inBatches([...new Set(days)], (batch) => loadJointActionBatch(client, { date: { in: batch.map(dateOfDay) } }));
}
