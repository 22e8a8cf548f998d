import "server-only";
import { DomainError } from "@/lib/action-result";
import { type ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/policy";
import type { SheetRecord } from "@/lib/spreadsheets/sheet-types";
import { sheetTranslator, validationMessage } from "../messages";
import { recordImportedStatuses, type StatusChange } from "../mutations";
import type { SheetTable } from "../sheet-table";
import { classifyRows } from "./classify";
import { importDefinitions, type ImportAreaName, type ImportDefinition } from "./definitions";
import { hasProblems, type ImportOutcome, type ImportPreview, type ProgressListener } from "./preview-types";

// The two steps of an import. The preview reads and checks every row and writes nothing. The
// commit does it all again inside ONE transaction — so it sees exactly what it writes — and, if no
// row has a problem, writes every row through the area's mutations (each with its audit entry) in
// that same transaction: a refusal on row 9,999 leaves the database as it was. Imports of one area
// take turns (an advisory lock), so two runs of the same file cannot both create its records.

/** Writing 10,000 rows takes well under a minute; the margin covers a slow machine. */
const transactionTimeoutMs = 10 * 60_000;

export class ImportBusyError extends Error {
  constructor() {
    super("Another import of this area is running");
    this.name = "ImportBusyError";
  }
}

/** A row the data layer refused while writing: nothing was written. */
export class ImportWriteError extends Error {
  constructor(
    readonly row: number,
    readonly detail: string,
  ) {
    super(`Row ${row}: ${detail}`);
    this.name = "ImportWriteError";
  }
}

/** Who keeps the area's records imports them (decision 012); the mutations check again for every row. */
export function assertCanImport(actor: ActingUser, area: ImportAreaName): void {
  if (!can(actor, importDefinitions[area].capability)) throw new DomainError("forbidden");
}

const definitionOf = (area: ImportAreaName) =>
  importDefinitions[area] as unknown as ImportDefinition<SheetRecord, unknown>;

export async function previewImport(
  actor: ActingUser,
  area: ImportAreaName,
  table: SheetTable,
  onProgress?: ProgressListener,
): Promise<ImportPreview> {
  assertCanImport(actor, area);
  return (await classifyRows(db, definitionOf(area), table, actor.locale, onProgress)).preview;
}

async function describeRefusal(actor: ActingUser, area: ImportAreaName, error: unknown): Promise<string | null> {
  if (!(error instanceof DomainError)) return null;
  const t = await sheetTranslator(actor.locale);
  const namespace = definitionOf(area).sheet.namespace;
  const fields = Object.values(error.fieldErrors ?? {}).flatMap((codes) => codes ?? []);
  return (fields.length > 0 ? fields : [error.code]).map((code) => validationMessage(t, namespace, code)).join(" ");
}

/** Runs the import; returns the preview alone (nothing written) when a row has a problem. */
export async function commitImport(
  actor: ActingUser,
  area: ImportAreaName,
  table: SheetTable,
  onProgress: ProgressListener = () => {},
): Promise<{ preview: ImportPreview; outcome: ImportOutcome | null }> {
  assertCanImport(actor, area);
  const definition = definitionOf(area);
  return db.$transaction(
    async (tx: Prisma.TransactionClient) => {
      const [{ locked }] = await tx.$queryRaw<
        [{ locked: boolean }]
      >`SELECT pg_try_advisory_xact_lock(hashtext('spreadsheet-import'), hashtext(${area})) AS locked`;
      if (!locked) throw new ImportBusyError();
      const { preview, plans } = await classifyRows(tx, definition, table, actor.locale, onProgress);
      if (hasProblems(preview)) return { preview, outcome: null };
      let done = 0;
      const statuses: StatusChange[] = [];
      for (const plan of plans) {
        if (done % 100 === 0) onProgress("writing", done, plans.length);
        try {
          const status =
            plan.kind === "create"
              ? await definition.create(tx, actor, plan.parsed)
              : await definition.update(tx, actor, plan.record, plan.parsed, plan.changed);
          if (status) statuses.push(status);
        } catch (error) {
          const detail = await describeRefusal(actor, area, error);
          throw detail === null ? error : new ImportWriteError(plan.row, detail);
        }
        done += 1;
      }
      await recordImportedStatuses(tx, actor, statuses);
      onProgress("writing", plans.length, plans.length);
      return {
        preview,
        outcome: { created: preview.counts.new, updated: preview.counts.updated, unchanged: preview.counts.unchanged },
      };
    },
    { timeout: transactionTimeoutMs, maxWait: 10_000 },
  );
}
