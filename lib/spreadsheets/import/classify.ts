import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedRow, SheetRecord, StatusFields } from "@/lib/spreadsheets/sheet-types";
import { cellText } from "../cells";
import { choiceLabel } from "../choices";
import { columnLabel } from "../columns";
import { bothTranslators, sheetTranslator, type Locale } from "../messages";
import { loadReferenceLists } from "../queries/references";
import type { SheetTable } from "../sheet-table";
import { storedStatus, type ImportDefinition } from "./definitions";
import { emptyCounts, type ImportPreview, type PreviewRow, type ProgressListener } from "./preview-types";
import { References } from "./references";
import { RowReader, type ReadContext } from "./row-reader";
import { matchRecords } from "./match-records";
import { dataRows } from "./rows";
import { parisDay } from "@/lib/time";

// Reads every row of a file and decides what the import would do with it: create a record, update
// the existing one its key names, leave an identical one alone, or refuse the row with its problems.
// Nothing is written here; the commit runs this again inside its transaction before writing.

export type Plan<TRecord extends SheetRecord, TInput> =
  | { kind: "create"; row: number; parsed: ParsedRow<TInput> }
  | {
      kind: "update";
      row: number;
      parsed: ParsedRow<TInput>;
      record: TRecord;
      changed: { fields: boolean; status: boolean };
    };

type Read<TInput> = { row: number; reader: RowReader; parsed: ParsedRow<TInput> | null };

const sameStatus = (a: StatusFields | undefined, b: StatusFields | undefined) =>
  a?.status === b?.status && (a?.cancellationReason ?? null) === (b?.cancellationReason ?? null);

/** True when `to` can be reached from `from` by the area's status changes (an update follows the flow). */
function isReachable(from: string, to: string, next: (status: string) => readonly string[]): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const status of next(queue.shift()!)) {
      if (status === to) return true;
      if (!seen.has(status)) {
        seen.add(status);
        queue.push(status);
      }
    }
  }
  return from === to;
}

export async function classifyRows<TRecord extends SheetRecord, TInput>(
  client: Prisma.TransactionClient,
  definition: ImportDefinition<TRecord, TInput>,
  table: SheetTable,
  locale: Locale,
  onProgress: ProgressListener = () => {},
): Promise<{ preview: ImportPreview; plans: Plan<TRecord, TInput>[] }> {
  const { sheet } = definition;
  const [t, translators] = [await sheetTranslator(locale), await bothTranslators()];
  const keys = sheet.columns.map((column) => column.key);
  const file = {
    format: table.format,
    rows: Math.max(0, table.rows.length - 1),
    ...(table.encoding ? { encoding: table.encoding } : {}),
    ...(table.delimiter ? { delimiter: table.delimiter } : {}),
  };
  const { rows, fileErrors } = dataRows(table, sheet.group, keys, t, [translators.fr, translators.en]);
  if (fileErrors.length > 0) return { preview: { file, fileErrors, rows: [], counts: emptyCounts() }, plans: [] };

  const references = new References({
    ...(await loadReferenceLists(client, locale)),
    ...(definition.linkedReferences
      ? await definition.linkedReferences(
          client,
          rows.map((row) => row.cells),
        )
      : {}),
  });
  const now = new Date();
  const context: ReadContext = {
    t,
    translators: [translators.fr, translators.en],
    references,
    today: parisDay(now),
    now,
  };
  const reads: Read<TInput>[] = rows.map(({ row, cells, cellErrors }, index) => {
    if (index % 500 === 0) onProgress("checking", index, rows.length);
    const reader = new RowReader(cells, context);
    for (const error of cellErrors) reader.fail(error.column, error.code, { detail: error.detail });
    const parsed = sheet.read(reader);
    return { row, reader, parsed: reader.failed ? null : parsed };
  });
  onProgress("checking", rows.length, rows.length);

  const valid = reads.flatMap((read) => (read.parsed ? [read.parsed] : []));
  const existing = valid.length > 0 ? await definition.findExisting(client, valid) : [];
  const writeContext = { t, locale };
  const storedReads = new Map<TRecord, { reader: RowReader; parsed: ParsedRow<TInput> | null }>();
  const storedRead = (record: TRecord) => {
    let read = storedReads.get(record);
    if (!read) {
      const cells = new Map(sheet.columns.map((column) => [column.key, cellText(column.write(record, writeContext))]));
      const reader = new RowReader(cells, context);
      read = { reader, parsed: sheet.read(reader) };
      storedReads.set(record, read);
    }
    return read;
  };
  const matches = matchRecords({
    rows: reads.flatMap((read, index) =>
      read.parsed
        ? [{ index, row: read.row, keys: read.parsed.keys, fields: read.parsed.fields, status: read.parsed.status }]
        : [],
    ),
    records: existing,
    recordKeys: sheet.recordKeys,
    uniqueKeys: sheet.uniqueKeys === true,
    stored: (record) => ({ fields: storedRead(record).parsed?.fields ?? null, status: storedStatus(record) }),
  });

  const checked = reads.flatMap((read, index) => {
    const record = matches.get(index)?.record;
    return read.parsed ? [{ index, parsed: read.parsed, record: record && !record.archivedAt ? record : null }] : [];
  });
  const extraProblems = new Map<number, { column: string; code: string }>();
  if (definition.checkRows && checked.length > 0) {
    const problems = await definition.checkRows(client, checked);
    checked.forEach(({ index }, position) => {
      const problem = problems[position];
      if (problem) extraProblems.set(index, problem);
    });
  }

  const statusChoices = sheet.columns.find((column) => column.key === "status")?.choices;
  const statusLabel = (code: string) => (statusChoices ? choiceLabel(t, statusChoices, code) : code);
  const inWords = (reader: RowReader) =>
    reader.errors.map((error) => ({
      column: error.column === null ? null : columnLabel(t, sheet.group, error.column),
      message: error.message,
    }));
  const plans: Plan<TRecord, TInput>[] = [];
  const previewRows: PreviewRow[] = reads.map(({ row, reader, parsed }, index) => {
    const label = parsed?.label ?? reader.text(keys[0]!);
    const match = parsed ? matches.get(index) : undefined;
    if (match?.problem) reader.fail(null, match.problem.code, match.problem.values);
    const extra = extraProblems.get(index);
    if (extra) reader.failValidation(extra.column, sheet.namespace, extra.code);
    const record = match?.record ?? null;
    const stored = record && !record.archivedAt ? storedRead(record) : null;
    // Archived reference data may stay linked where the record already links to it, never be newly linked.
    for (const use of reader.archivedUses) {
      if (!stored?.reader.linked.get(use.column)?.has(use.id))
        reader.fail(use.column, "archivedName", { name: use.name });
    }
    if (!parsed) return { row, status: "invalid", label, errors: inWords(reader) };
    const before = record ? storedStatus(record) : undefined;
    const after = parsed.status;
    if (
      before &&
      after &&
      before.status !== after.status &&
      sheet.nextStatuses &&
      !isReachable(before.status, after.status, sheet.nextStatuses)
    ) {
      reader.fail("status", "statusChangeNotAllowed", {
        from: statusLabel(before.status),
        to: statusLabel(after.status),
      });
    }
    if (reader.failed) return { row, status: "invalid", label, errors: inWords(reader) };
    if (!record) {
      plans.push({ kind: "create", row, parsed });
      return { row, status: "new", label, errors: [] };
    }
    const changed = { fields: stored?.parsed?.fields !== parsed.fields, status: !sameStatus(before, after) };
    if (!changed.fields && !changed.status) return { row, status: "unchanged", label, errors: [] };
    plans.push({ kind: "update", row, parsed, record, changed });
    return { row, status: "updated", label, errors: [] };
  });
  const counts = emptyCounts();
  for (const row of previewRows) counts[row.status] += 1;
  return { preview: { file, fileErrors: [], rows: previewRows, counts }, plans };
}
