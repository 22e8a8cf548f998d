import "server-only";
import type { ActingUser } from "@/lib/auth";
import { agreementListSchema } from "@/lib/agreements/list-params";
import { listAgreements } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { delegationListSchema } from "@/lib/delegations/list-params";
import { listDelegations } from "@/lib/delegations/queries";
import { eventListSchema } from "@/lib/events/list-params";
import { listEvents } from "@/lib/events/queries";
import { jointActionListSchema } from "@/lib/joint-actions/list-params";
import { listJointActions } from "@/lib/joint-actions/queries";
import type { ListParams } from "@/lib/list-params";
import { missionListSchema } from "@/lib/missions/list-params";
import { listMissions } from "@/lib/missions/queries";
import { partnerListSchema } from "@/lib/partners/list-params";
import { listPartners } from "@/lib/partners/queries";
import { codeListSchema } from "@/lib/reference/code-lists/list-params";
import { listCodeListEntries } from "@/lib/reference/code-lists/queries";
import { destinationListSchema } from "@/lib/reference/destinations/list-params";
import { listDestinations } from "@/lib/reference/destinations/queries";
import { allowanceRateListSchema } from "@/lib/reference/allowance-rates/list-params";
import { listAllowanceRates } from "@/lib/reference/allowance-rates/queries";
import { allowanceRateColumns } from "@/lib/reference/allowance-rates/sheet";
import { periodListSchema } from "@/lib/reference/periods/list-params";
import { listPeriods } from "@/lib/reference/periods/queries";
import { townListSchema } from "@/lib/towns/list-params";
import { auditListSchema, userListSchema } from "@/lib/users/list-params";
import { listUsers } from "@/lib/users/queries";
import { listAuditEntries } from "@/lib/audit-log/queries";
import { listTowns } from "@/lib/towns/queries";
import type { z } from "zod";
import { delegationSheet } from "@/lib/delegations/sheet";
import { eventSheet } from "@/lib/events/sheet";
import { jointActionSheet } from "@/lib/joint-actions/sheet";
import { missionSheet } from "@/lib/missions/sheet";
import { costSheet, travellerSheet } from "@/lib/missions/part-sheets";
import { loadCostsOfMissions, loadTravellersOfMissions } from "@/lib/missions/part-sheet-queries";
import { DomainError } from "@/lib/action-result";
import { can } from "@/lib/policy";
import { agreementColumns } from "@/lib/agreements/sheet";
import { partnerColumns } from "@/lib/partners/sheet";
import { codeListColumns } from "@/lib/reference/code-lists/sheet";
import { destinationColumns } from "@/lib/reference/destinations/sheet";
import { periodColumns } from "@/lib/reference/periods/sheet";
import { auditColumns } from "@/lib/audit-log/sheet";
import { userColumns } from "@/lib/users/sheet";
import { townSheet } from "@/lib/towns/sheet";
import type { ColumnDef, ColumnGroup } from "../columns";
import { loadDelegationsById } from "@/lib/delegations/sheet-queries";
import { loadEventsById } from "@/lib/events/sheet-queries";
import { loadMissionsById } from "@/lib/missions/sheet-queries";
import { loadJointActionsById } from "@/lib/joint-actions/sheet-queries";
import { loadTownsById } from "@/lib/towns/sheet-queries";

// Every list that can be exported: its URL schema (the page's own), its list function (the page's
// own, so the scope and filters are the page's), and the columns written. The importable areas
// then read their full records, so an export has every column an import needs.

type AnyRecord = { id: string };

export type ExportDefinition = {
  group: ColumnGroup;
  fileName: string;
  schema: z.ZodType<ListParams & Record<string, unknown>>;
  list(actor: ActingUser, params: ListParams & Record<string, unknown>): Promise<{ rows: AnyRecord[]; total: number }>;
  /** Full records for the listed ids, in order (a mission's parts for a mission); the list rows themselves when absent. */
  load?(ids: readonly string[]): Promise<AnyRecord[]>;
  columns: readonly ColumnDef<AnyRecord>[];
};

function define<TParams, TRow extends AnyRecord, TRecord extends AnyRecord>(definition: {
  group: ColumnGroup;
  fileName: string;
  schema: z.ZodType<TParams>;
  list(actor: ActingUser, params: TParams): Promise<{ rows: TRow[]; total: number }>;
  load?(ids: readonly string[]): Promise<TRecord[]>;
  columns: readonly ColumnDef<TRecord>[];
}): ExportDefinition {
  return definition as unknown as ExportDefinition;
}

/** The missions of the list, for their parts' export: office users only (orders and budgets are the department's own). */
function missionsWithParts(actor: ActingUser, params: Parameters<typeof listMissions>[1]) {
  if (!can(actor, "records.read")) throw new DomainError("forbidden");
  return listMissions(actor, params);
}

/** The administration's lists are exported from its pages: administrators only. */
function administrator(actor: ActingUser): ActingUser {
  if (!can(actor, "codeLists.manage")) throw new DomainError("forbidden");
  return actor;
}

export const exportDefinitions = {
  missions: define({
    group: "missions",
    fileName: "missions",
    schema: missionListSchema,
    list: listMissions,
    load: (ids) => loadMissionsById(db, ids),
    columns: missionSheet.columns,
  }),
  // The travellers and cost lines of the filtered missions list, one row each.
  "mission-travellers": define({
    group: "missionTravellers",
    fileName: "mission-travellers",
    schema: missionListSchema,
    list: missionsWithParts,
    load: (missionIds) => loadTravellersOfMissions(db, missionIds),
    columns: travellerSheet.columns,
  }),
  "mission-costs": define({
    group: "missionCosts",
    fileName: "mission-costs",
    schema: missionListSchema,
    list: missionsWithParts,
    load: (missionIds) => loadCostsOfMissions(db, missionIds),
    columns: costSheet.columns,
  }),
  delegations: define({
    group: "delegations",
    fileName: "delegations",
    schema: delegationListSchema,
    list: listDelegations,
    load: (ids) => loadDelegationsById(db, ids),
    columns: delegationSheet.columns,
  }),
  events: define({
    group: "events",
    fileName: "events",
    schema: eventListSchema,
    list: listEvents,
    load: (ids) => loadEventsById(db, ids),
    columns: eventSheet.columns,
  }),
  towns: define({
    group: "towns",
    fileName: "towns",
    schema: townListSchema,
    list: listTowns,
    load: (ids) => loadTownsById(db, ids),
    columns: townSheet.columns,
  }),
  "joint-actions": define({
    group: "jointActions",
    fileName: "joint-actions",
    schema: jointActionListSchema,
    list: listJointActions,
    load: (ids) => loadJointActionsById(db, ids),
    columns: jointActionSheet.columns,
  }),
  agreements: define({
    group: "agreements",
    fileName: "agreements",
    schema: agreementListSchema,
    list: (actor, params) => listAgreements(actor, params),
    columns: agreementColumns,
  }),
  partners: define({
    group: "partners",
    fileName: "partners",
    schema: partnerListSchema,
    list: listPartners,
    columns: partnerColumns,
  }),
  destinations: define({
    group: "destinations",
    fileName: "destinations",
    schema: destinationListSchema,
    list: listDestinations,
    columns: destinationColumns,
  }),
  sectors: define({
    group: "codeLists",
    fileName: "sectors",
    schema: codeListSchema,
    list: (actor, params) => listCodeListEntries(administrator(actor), "sector", params),
    columns: codeListColumns,
  }),
  objectives: define({
    group: "codeLists",
    fileName: "objectives",
    schema: codeListSchema,
    list: (actor, params) => listCodeListEntries(administrator(actor), "objective", params),
    columns: codeListColumns,
  }),
  periods: define({
    group: "periods",
    fileName: "priority-periods",
    schema: periodListSchema,
    list: listPeriods,
    columns: periodColumns,
  }),
  allowanceRates: define({
    group: "allowanceRates",
    fileName: "daily-allowance-rates",
    schema: allowanceRateListSchema,
    list: listAllowanceRates,
    columns: allowanceRateColumns,
  }),
  users: define({ group: "users", fileName: "users", schema: userListSchema, list: listUsers, columns: userColumns }),
  audit: define({
    group: "audit",
    fileName: "audit-log",
    schema: auditListSchema,
    list: listAuditEntries,
    columns: auditColumns,
  }),
} as const;

export type ExportAreaName = keyof typeof exportDefinitions;
