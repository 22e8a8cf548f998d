// The international events spreadsheet: the columns of the declared fields (lib/events/fields.ts)
// with the status after the title, and the import through the event form's schema
// (lib/events/schemas.ts). Start and end are Paris times. Key: the title and the start.
// No server imports.
import { eventFields } from "@/lib/events/fields";
import { createEventSchema, type EventInput } from "@/lib/events/schemas";
import { nextEventStatuses } from "@/lib/events/status";
import { choiceLabel } from "@/lib/spreadsheets/choices";
import type { ColumnDef } from "@/lib/spreadsheets/columns";
import { declaredColumns, issueColumnOf, readDeclared, type SheetValues } from "@/lib/spreadsheets/declared-columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import { canonicalJson, titleKey, type ImportableSheet, type SheetRecord } from "@/lib/spreadsheets/sheet-types";

export type EventSheetRecord = SheetRecord & SheetValues<typeof eventFields> & { status: string };

const [titleColumn, ...fieldColumns] = declaredColumns<EventSheetRecord>(eventFields);

const columns: ColumnDef<EventSheetRecord>[] = [
  titleColumn!,
  {
    key: "status",
    kind: "choice",
    choices: "eventStatus",
    write: (r, { t }) => choiceLabel(t, "eventStatus", r.status),
  },
  ...fieldColumns,
];

function read(reader: RowReader): ReturnType<ImportableSheet<EventSheetRecord, EventInput>["read"]> {
  const parsed = createEventSchema.safeParse(readDeclared(reader, eventFields).input);
  if (!parsed.success) reportIssues(reader, parsed.error.issues, "events", issueColumnOf(eventFields));
  const status = reader.choice("status", "eventStatus", "PLANNED");
  // Held events count in the year's figures: one that has not started yet was not held.
  if (parsed.success && status === "HELD" && parsed.data.startsAt > reader.context.now)
    reader.fail("status", "heldInFuture");
  if (!parsed.success || reader.failed || !status) return null;
  const input = parsed.data;
  return {
    input,
    keys: [`${titleKey(input.title)}|${input.startsAt.toISOString()}`],
    label: `${input.title} (${reader.text("start")})`,
    fields: canonicalJson(input),
    status: { status, cancellationReason: null },
  };
}

export const eventSheet: ImportableSheet<EventSheetRecord, EventInput> = {
  group: "events",
  namespace: "events",
  columns,
  read,
  recordKeys: (record) => [`${titleKey(record.title)}|${record.startsAt.toISOString()}`],
  nextStatuses: (from) => nextEventStatuses(from as never),
};
