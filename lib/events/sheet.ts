// The international events spreadsheet: export columns, and the import through the event form's
// schema (lib/events/schemas.ts). Start and end are Paris times. Key: the title and the start.
// No server imports.
import { createEventSchema, type EventInput } from "@/lib/events/schemas";
import { nextEventStatuses } from "@/lib/events/status";
import { choiceLabel } from "@/lib/spreadsheets/choices";
import { localName, type ColumnDef } from "@/lib/spreadsheets/columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import { canonicalJson, titleKey, type ImportableSheet, type SheetRecord } from "@/lib/spreadsheets/sheet-types";

type Named = { code: string; nameFr: string; nameEn: string };

export type EventSheetRecord = SheetRecord & {
  title: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  attendance: number | null;
  summary: string;
  sectors: Named[];
  partners: { shortName: string }[];
  objectives: Named[];
};

const columns: ColumnDef<EventSheetRecord>[] = [
  { key: "title", kind: "text", required: true, write: (r) => r.title },
  {
    key: "status",
    kind: "choice",
    choices: "eventStatus",
    write: (r, { t }) => choiceLabel(t, "eventStatus", r.status),
  },
  { key: "start", kind: "dateTime", required: true, write: (r) => ({ instant: r.startsAt }) },
  { key: "end", kind: "dateTime", required: true, write: (r) => ({ instant: r.endsAt }) },
  { key: "venue", kind: "text", write: (r) => r.venue },
  { key: "attendance", kind: "wholeNumber", write: (r) => r.attendance },
  { key: "summary", kind: "text", write: (r) => r.summary },
  { key: "sectors", kind: "names", write: (r, context) => r.sectors.map(localName(context)).join("; ") },
  { key: "partners", kind: "partners", write: (r) => r.partners.map((partner) => partner.shortName).join("; ") },
  { key: "objectives", kind: "names", write: (r, context) => r.objectives.map(localName(context)).join("; ") },
];

const formFieldColumns: Record<string, string> = {
  title: "title",
  startsAt: "start",
  endsAt: "end",
  venue: "venue",
  attendance: "attendance",
  summary: "summary",
  sectorIds: "sectors",
  partnerIds: "partners",
  objectiveIds: "objectives",
};

function read(reader: RowReader): ReturnType<ImportableSheet<EventSheetRecord, EventInput>["read"]> {
  const parsed = createEventSchema.safeParse({
    title: reader.text("title"),
    startsAt: reader.dateTime("start") ?? "",
    endsAt: reader.dateTime("end") ?? "",
    venue: reader.text("venue"),
    attendance: reader.wholeNumber("attendance"),
    summary: reader.text("summary"),
    sectorIds: reader.references("sectors", "sector"),
    partnerIds: reader.references("partners", "partner"),
    objectiveIds: reader.references("objectives", "objective"),
  });
  if (!parsed.success)
    reportIssues(reader, parsed.error.issues, "events", (field) => ({ column: formFieldColumns[field] ?? "title" }));
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
