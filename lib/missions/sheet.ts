// The missions spreadsheet: the export's columns and, read back, the import's. A row reads into
// the mission form's fields and is validated by the form's own schema (lib/missions/schemas.ts).
// Key: the title and the first day. No server imports.
import type { MissionInput } from "@/lib/missions/schemas";
import { createMissionSchema } from "@/lib/missions/schemas";
import { availableSteps } from "@/lib/missions/status";
import type { MissionStatus } from "@/lib/generated/prisma/enums";
import { choiceLabel } from "@/lib/spreadsheets/choices";
import { destinationText, localName, type ColumnDef } from "@/lib/spreadsheets/columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import {
  readMissionLines,
  writeAgendaLines,
  writeParticipantLines,
  writePartnerLines,
  type MissionLinesRecord,
} from "@/lib/missions/sheet-lines";
import { canonicalJson, titleKey, type ImportableSheet, type SheetRecord } from "@/lib/spreadsheets/sheet-types";

type Named = { code: string; nameFr: string; nameEn: string };

export type MissionSheetRecord = SheetRecord &
  MissionLinesRecord & {
    title: string;
    status: string;
    cancellationReason: string | null;
    /** Calendar days, YYYY-MM-DD. */
    startDate: string;
    endDate: string;
    destinations: { city: string; countryCode: string }[];
    sectors: Named[];
    objectives: Named[];
    budgetCents: number | null;
    contactsCount: number | null;
    leadsCount: number | null;
    lettersOfIntentCount: number | null;
    summary: string;
    outcomeNotes: string;
    nextSteps: string;
    practicalNotes: string;
  };

const columns: ColumnDef<MissionSheetRecord>[] = [
  { key: "title", kind: "text", required: true, write: (r) => r.title },
  {
    key: "status",
    kind: "choice",
    choices: "missionStatus",
    write: (r, { t }) => choiceLabel(t, "missionStatus", r.status),
  },
  { key: "cancellationReason", kind: "text", write: (r) => r.cancellationReason },
  { key: "startDate", kind: "day", required: true, write: (r) => ({ day: r.startDate }) },
  { key: "endDate", kind: "day", required: true, write: (r) => ({ day: r.endDate }) },
  {
    key: "destinations",
    kind: "destinations",
    required: true,
    write: (r) => r.destinations.map(destinationText).join("; "),
  },
  { key: "sectors", kind: "names", write: (r, context) => r.sectors.map(localName(context)).join("; ") },
  { key: "objectives", kind: "names", write: (r, context) => r.objectives.map(localName(context)).join("; ") },
  { key: "partners", kind: "partnerLines", write: writePartnerLines },
  { key: "participants", kind: "participantLines", write: writeParticipantLines },
  { key: "agenda", kind: "agendaLines", write: writeAgendaLines },
  { key: "budget", kind: "amount", write: (r) => (r.budgetCents === null ? null : { cents: r.budgetCents }) },
  { key: "contactsCount", kind: "wholeNumber", write: (r) => r.contactsCount },
  { key: "leadsCount", kind: "wholeNumber", write: (r) => r.leadsCount },
  { key: "lettersOfIntentCount", kind: "wholeNumber", write: (r) => r.lettersOfIntentCount },
  { key: "summary", kind: "text", write: (r) => r.summary },
  { key: "outcomeNotes", kind: "text", write: (r) => r.outcomeNotes },
  { key: "nextSteps", kind: "text", write: (r) => r.nextSteps },
  { key: "practicalNotes", kind: "text", write: (r) => r.practicalNotes },
];

/** The form's field (or row field, "agenda.2.day") → the column and the cell line it came from. */
const formFieldColumns: Record<string, string> = {
  destinationIds: "destinations",
  sectorIds: "sectors",
  objectiveIds: "objectives",
};

function read(reader: RowReader): ReturnType<ImportableSheet<MissionSheetRecord, MissionInput>["read"]> {
  const startDate = reader.day("startDate") ?? "";
  const endDate = reader.day("endDate") ?? "";
  const values: Record<string, string> = {
    title: reader.text("title"),
    startDate,
    endDate,
    destinationIds: reader.references("destinations", "destination").join(","),
    sectorIds: reader.references("sectors", "sector").join(","),
    objectiveIds: reader.references("objectives", "objective").join(","),
    budget: reader.text("budget"),
    contactsCount: reader.wholeNumber("contactsCount"),
    leadsCount: reader.wholeNumber("leadsCount"),
    lettersOfIntentCount: reader.wholeNumber("lettersOfIntentCount"),
    summary: reader.text("summary"),
    outcomeNotes: reader.text("outcomeNotes"),
    nextSteps: reader.text("nextSteps"),
    practicalNotes: reader.text("practicalNotes"),
  };
  const lines = readMissionLines(reader, values);
  const parsed = createMissionSchema.safeParse(values);
  if (!parsed.success) {
    reportIssues(reader, parsed.error.issues, "missions", (field) => {
      const [section, index] = field.split(".");
      if (section === "partners" || section === "participants" || section === "agenda") {
        return { column: section, ...(index === undefined ? {} : { line: lines[section][Number(index)] }) };
      }
      return { column: formFieldColumns[field] ?? field };
    });
  }
  const status = reader.choice("status", "missionStatus", "DRAFT");
  const reason = reader.text("cancellationReason");
  if (status === "CANCELLED" && reason === "") reader.fail("cancellationReason", "reasonRequired");
  if (status !== "CANCELLED" && reason !== "") reader.fail("cancellationReason", "reasonOnlyWhenCancelled");
  // The dashboard counts a completed mission in the year it starts: it cannot be completed before.
  if (status === "COMPLETED" && startDate > reader.context.today) reader.fail("status", "completedInFuture");
  if (!parsed.success || reader.failed || !status) return null;
  const input = parsed.data;
  return {
    input,
    keys: [`${titleKey(input.title)}|${input.startDate}`],
    label: `${input.title} (${input.startDate})`,
    fields: canonicalJson(input),
    status: { status, cancellationReason: status === "CANCELLED" ? reason : null },
  };
}

export const missionSheet: ImportableSheet<MissionSheetRecord, MissionInput> = {
  group: "missions",
  namespace: "missions",
  columns,
  read,
  recordKeys: (record) => [`${titleKey(record.title)}|${record.startDate}`],
  // Reachable in one step by staff, whatever the dates (the dates are checked on their own).
  nextStatuses: (from) =>
    availableSteps(
      from as MissionStatus,
      "0000-01-01",
      "9999-12-31",
      (capability) => capability === "records.edit",
    ).map((next) => next.to),
};
