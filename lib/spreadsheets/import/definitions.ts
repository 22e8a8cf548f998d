import "server-only";
import type { ActingUser } from "@/lib/auth";
import { createDelegationInTransaction, updateDelegationInTransaction } from "@/lib/delegations/mutations";
import type { DelegationInput } from "@/lib/delegations/schemas";
import { createEventInTransaction, updateEventInTransaction } from "@/lib/events/mutations";
import type { EventInput } from "@/lib/events/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Capability } from "@/lib/policy";
import {
  createAllowanceRateInTransaction,
  updateAllowanceRateInTransaction,
} from "@/lib/reference/allowance-rates/mutations";
import { loadAllAllowanceRates, type AllowanceRateRow } from "@/lib/reference/allowance-rates/queries";
import type { AllowanceRateInput } from "@/lib/reference/allowance-rates/schemas";
import { allowanceRateSheet } from "@/lib/reference/allowance-rates/sheet";
import { createJointActionInTransaction, updateJointActionInTransaction } from "@/lib/joint-actions/mutations";
import type { JointActionInput } from "@/lib/joint-actions/schemas";
import { createMissionInTransaction, updateMissionInTransaction } from "@/lib/missions/mutations";
import type { MissionInput } from "@/lib/missions/schemas";
import { createTownInTransaction, updateTownInTransaction } from "@/lib/towns/mutations";
import type { TownInput } from "@/lib/towns/schemas";
import { delegationSheet, type DelegationSheetRecord } from "@/lib/delegations/sheet";
import { eventSheet, type EventSheetRecord } from "@/lib/events/sheet";
import { jointActionSheet, type JointActionSheetRecord } from "@/lib/joint-actions/sheet";
import { missionSheet, type MissionSheetRecord } from "@/lib/missions/sheet";
import { costSheet, travellerSheet, type CostSheetRecord, type TravellerSheetRecord } from "@/lib/missions/part-sheets";
import { loadCostsOfMissions, loadTravellersOfMissions } from "@/lib/missions/part-sheet-queries";
import { createCostInTransaction, updateCostInTransaction } from "@/lib/missions/costs/mutations";
import type { CostInput } from "@/lib/missions/costs/schemas";
import { createTravellerInTransaction, updateTravellerInTransaction } from "@/lib/missions/travellers/mutations";
import type { TravellerInput } from "@/lib/missions/travellers/schemas";
import { isAwaitingApproval } from "@/lib/missions/status";
import { townSheet, type TownSheetRecord } from "@/lib/towns/sheet";
import type { ImportableSheet, ParsedRow, SheetRecord, StatusFields } from "@/lib/spreadsheets/sheet-types";
import { dayOf } from "@/lib/time";
import type { StatusChange, StatusKind } from "../mutations";
import { loadDelegationsArrivingAt } from "@/lib/delegations/sheet-queries";
import { loadEventsStartingAt } from "@/lib/events/sheet-queries";
import { loadMissionsStartingOn } from "@/lib/missions/sheet-queries";
import { loadJointActionsOn } from "@/lib/joint-actions/sheet-queries";
import { loadAllTowns } from "@/lib/towns/sheet-queries";
import { loadClosedYears } from "../queries/closed-years";
import { linkedRecordReferences, missionReferences } from "./linked-records";
import type { ReferenceData } from "./references";

// Each importable area: its sheet (columns, reading), where its existing records are looked up,
// and how a row is written — always through the area's own mutations, run inside the import's
// transaction, so the same checks and audit entries apply as when saving the form.

type Tx = Prisma.TransactionClient;

export type ImportDefinition<TRecord extends SheetRecord, TInput> = {
  sheet: ImportableSheet<TRecord, TInput>;
  /** Who may import it: those who keep the area's records (staff keep the records; administrators the rates). */
  capability: Capability;
  /** The existing records (archived ones too) the rows may be. */
  findExisting(client: Tx, rows: readonly ParsedRow<TInput>[]): Promise<TRecord[]>;
  /** Reference data the rows name beyond the shared lists (joint actions: missions, delegations, events). */
  linkedReferences?(client: Tx, rows: readonly ReadonlyMap<string, string>[]): Promise<ReferenceData>;
  /** Problems only stored data can tell (a closed year), one per row or null; checked in the preview too. */
  checkRows?(
    client: Tx,
    rows: readonly { parsed: ParsedRow<TInput>; record: TRecord | null }[],
  ): Promise<({ column: string; code: string } | null)[]>;
  /** Writes the row; a status the file gives that the mutation does not set is returned, for recordImportedStatuses. */
  create(tx: Tx, actor: ActingUser, row: ParsedRow<TInput>): Promise<StatusChange | null>;
  update(
    tx: Tx,
    actor: ActingUser,
    record: TRecord,
    row: ParsedRow<TInput>,
    changed: { fields: boolean; status: boolean },
  ): Promise<StatusChange | null>;
};

/** A record's status as the import compares and writes it. */
export function storedStatus(record: SheetRecord): StatusFields | undefined {
  const { status, cancellationReason } = record as SheetRecord & {
    status?: string;
    cancellationReason?: string | null;
  };
  return status === undefined ? undefined : { status, cancellationReason: cancellationReason ?? null };
}

/** Creates with the mutation; the status the file gives, when not the one new records start in, is set afterwards. */
function createWithStatus<TInput>(
  kind: StatusKind,
  initial: string,
  create: (tx: Tx, actor: ActingUser, input: TInput) => Promise<{ id: string }>,
) {
  return async (tx: Tx, actor: ActingUser, row: ParsedRow<TInput>): Promise<StatusChange | null> => {
    const { id } = await create(tx, actor, row.input);
    return row.status && row.status.status !== initial
      ? { kind, id, before: { status: initial, cancellationReason: null }, after: row.status }
      : null;
  };
}

function updateWithStatus<TRecord extends SheetRecord, TInput>(
  kind: StatusKind,
  update: (tx: Tx, actor: ActingUser, input: TInput & { id: string; version: number }) => Promise<void>,
) {
  return async (
    tx: Tx,
    actor: ActingUser,
    record: TRecord,
    row: ParsedRow<TInput>,
    changed: { fields: boolean; status: boolean },
  ): Promise<StatusChange | null> => {
    if (changed.fields) await update(tx, actor, { ...row.input, id: record.id, version: record.version });
    const before = storedStatus(record);
    return changed.status && before && row.status ? { kind, id: record.id, before, after: row.status } : null;
  };
}

const missions: ImportDefinition<MissionSheetRecord, MissionInput> = {
  sheet: missionSheet,
  capability: "records.edit",
  findExisting: (client, rows) =>
    loadMissionsStartingOn(
      client,
      rows.map((row) => row.input.startDate),
    ),
  create: createWithStatus("mission", "DRAFT", createMissionInTransaction),
  update: updateWithStatus("mission", updateMissionInTransaction),
};

const delegations: ImportDefinition<DelegationSheetRecord, DelegationInput> = {
  sheet: delegationSheet,
  capability: "records.edit",
  findExisting: (client, rows) =>
    loadDelegationsArrivingAt(
      client,
      rows.map((row) => row.input.arrivalAt),
    ),
  create: createWithStatus("delegation", "EXPECTED", createDelegationInTransaction),
  update: updateWithStatus("delegation", updateDelegationInTransaction),
};

const events: ImportDefinition<EventSheetRecord, EventInput> = {
  sheet: eventSheet,
  capability: "records.edit",
  findExisting: (client, rows) =>
    loadEventsStartingAt(
      client,
      rows.map((row) => row.input.startsAt),
    ),
  create: createWithStatus("event", "PLANNED", createEventInTransaction),
  update: updateWithStatus("event", updateEventInTransaction),
};

const towns: ImportDefinition<TownSheetRecord, TownInput> = {
  sheet: townSheet,
  capability: "records.edit",
  findExisting: (client) => loadAllTowns(client),
  create: async (tx, actor, row) => {
    await createTownInTransaction(tx, actor, row.input);
    return null;
  },
  update: async (tx, actor, record, row) => {
    await updateTownInTransaction(tx, actor, { ...row.input, id: record.id, version: record.version });
    return null;
  },
};

const jointActions: ImportDefinition<JointActionSheetRecord, JointActionInput> = {
  sheet: jointActionSheet,
  capability: "records.edit",
  findExisting: (client, rows) =>
    loadJointActionsOn(
      client,
      rows.map((row) => row.input.date),
    ),
  linkedReferences: linkedRecordReferences,
  // The year-close rule of the joint-action mutations: neither the new date nor the stored one may fall in a closed year.
  checkRows: async (client, rows) => {
    const yearOf = (day: string) => Number(day.slice(0, 4));
    const closed = await loadClosedYears(
      client,
      rows.flatMap(({ parsed, record }) => [yearOf(parsed.input.date), ...(record ? [yearOf(record.date)] : [])]),
    );
    return rows.map(({ parsed, record }) =>
      closed.has(yearOf(parsed.input.date)) || (record && closed.has(yearOf(record.date)))
        ? { column: "date", code: "yearAlreadyClosed" }
        : null,
    );
  },
  create: async (tx, actor, row) => {
    await createJointActionInTransaction(tx, actor, row.input);
    return null;
  },
  update: async (tx, actor, record, row) => {
    await updateJointActionInTransaction(tx, actor, { ...row.input, id: record.id, version: record.version });
    return null;
  },
};

/** Two validity periods share a day (an open end runs on for ever). */
const periodsOverlap = (
  a: { validFrom: string; validUntil: string | null },
  b: { validFrom: string; validUntil: string | null },
) => (a.validUntil === null || a.validUntil >= b.validFrom) && (b.validUntil === null || b.validUntil >= a.validFrom);

const allowanceRates: ImportDefinition<AllowanceRateRow, AllowanceRateInput> = {
  sheet: allowanceRateSheet,
  capability: "codeLists.manage",
  findExisting: (client) => loadAllAllowanceRates(client),
  // A day of a country has one rate: told in the preview as the commit will find it, writing the rows
  // in the file's order — a stored rate a row rewrites keeps its old days for the rows before that row.
  checkRows: async (client, rows) => {
    const rewrittenBy = new Map(rows.flatMap((row, index) => (row.record ? [[row.record.id, index] as const] : [])));
    const stored = (await loadAllAllowanceRates(client))
      .filter((rate) => rate.archivedAt === null)
      .map((rate) => ({
        id: rate.id,
        countryCode: rate.countryCode,
        validFrom: dayOf(rate.validFrom),
        validUntil: rate.validUntil ? dayOf(rate.validUntil) : null,
      }));
    // By country: a file of every country's rates compares each row with its own country's only.
    const rowsOf = new Map<string, number[]>();
    rows.forEach((row, index) => {
      const countryRows = rowsOf.get(row.parsed.input.countryCode) ?? [];
      countryRows.push(index);
      rowsOf.set(row.parsed.input.countryCode, countryRows);
    });
    return rows.map(({ parsed, record }, index) => {
      const rate = parsed.input;
      const clashesWithStored = stored.some(
        (other) =>
          other.id !== record?.id &&
          (rewrittenBy.get(other.id) ?? Infinity) > index &&
          other.countryCode === rate.countryCode &&
          periodsOverlap(other, rate),
      );
      const clashesWithRow = (rowsOf.get(rate.countryCode) ?? []).some(
        (otherIndex) => otherIndex !== index && periodsOverlap(rows[otherIndex]!.parsed.input, rate),
      );
      return clashesWithStored || clashesWithRow ? { column: "validFrom", code: "rateOverlaps" } : null;
    });
  },
  create: async (tx, actor, row) => {
    await createAllowanceRateInTransaction(tx, actor, row.input);
    return null;
  },
  update: async (tx, actor, record, row) => {
    await updateAllowanceRateInTransaction(tx, actor, { ...row.input, id: record.id, version: record.version });
    return null;
  },
};

/**
 * What the parts' missions allow, as their mutations will judge it (lib/missions/parent-lock.ts):
 * an archived mission's parts are read-only, and so are those of a mission awaiting approval; a
 * cost line's payer takes part in the mission. Every row of such a mission is refused, unchanged
 * ones too: the preview says why before anything is written.
 */
function checkPartMissions<TInput extends { missionId: string }>(
  checkPayer?: (input: TInput, partnerIds: readonly string[]) => boolean,
): ImportDefinition<SheetRecord & { missionId: string }, TInput>["checkRows"] {
  return async (client, rows) => {
    const missions = new Map(
      (
        await client.mission.findMany({
          where: { id: { in: [...new Set(rows.map((row) => row.parsed.input.missionId))] } },
          select: { id: true, status: true, archivedAt: true, partners: { select: { partnerId: true } } },
        })
      ).map((mission) => [mission.id, mission]),
    );
    return rows.map(({ parsed }) => {
      const mission = missions.get(parsed.input.missionId);
      if (!mission || mission.archivedAt) return { column: "mission", code: "missionArchived" };
      if (isAwaitingApproval(mission.status)) return { column: "mission", code: "awaitingApproval" };
      const partnerIds = mission.partners.map((partner) => partner.partnerId);
      if (checkPayer && !checkPayer(parsed.input, partnerIds))
        return { column: "payerPartnerId", code: "payerNotPartner" };
      return null;
    });
  };
}

/** A mission's part (its travellers, its cost lines): written by the part's own transaction-level writes. */
function missionPartImport<
  TRecord extends SheetRecord & { missionId: string },
  TInput extends { missionId: string },
>(spec: {
  sheet: ImportableSheet<TRecord, TInput>;
  load(client: Tx, missionIds: readonly string[]): Promise<TRecord[]>;
  create(tx: Tx, actor: ActingUser, input: TInput): Promise<unknown>;
  update(tx: Tx, actor: ActingUser, input: TInput & { id: string; version: number }): Promise<void>;
  checkPayer?: (input: TInput, partnerIds: readonly string[]) => boolean;
}): ImportDefinition<TRecord, TInput> {
  return {
    sheet: spec.sheet,
    capability: "records.edit",
    findExisting: (client, rows) =>
      spec.load(
        client,
        rows.map((row) => row.input.missionId),
      ),
    linkedReferences: missionReferences,
    checkRows: checkPartMissions(spec.checkPayer),
    create: async (tx, actor, row) => {
      await spec.create(tx, actor, row.input);
      return null;
    },
    update: async (tx, actor, record, row) => {
      await spec.update(tx, actor, { ...row.input, id: record.id, version: record.version });
      return null;
    },
  };
}

const missionTravellers = missionPartImport<TravellerSheetRecord, TravellerInput>({
  sheet: travellerSheet,
  load: loadTravellersOfMissions,
  create: createTravellerInTransaction,
  update: updateTravellerInTransaction,
});

const missionCosts = missionPartImport<CostSheetRecord, CostInput>({
  sheet: costSheet,
  load: loadCostsOfMissions,
  create: createCostInTransaction,
  update: updateCostInTransaction,
  checkPayer: (cost, partnerIds) => cost.payerPartnerId === null || partnerIds.includes(cost.payerPartnerId),
});

export const importDefinitions = {
  missions,
  delegations,
  events,
  towns,
  "joint-actions": jointActions,
  allowanceRates,
  "mission-travellers": missionTravellers,
  "mission-costs": missionCosts,
} as const;

export type ImportAreaName = keyof typeof importDefinitions;
export const importAreaNames = Object.keys(importDefinitions) as ImportAreaName[];

export function isImportArea(value: string): value is ImportAreaName {
  return (importAreaNames as string[]).includes(value);
}
