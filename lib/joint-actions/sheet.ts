// The joint actions spreadsheet: export columns, and the import through the joint-action form's
// schema (lib/joint-actions/schemas.ts). Linked missions, delegations and events are written by
// title with their date ("Title (2016-05-12)"), which tells apart records sharing a title. Key: the
// organisation, the title and the date. No server imports.
import { createJointActionSchema, type JointActionInput } from "@/lib/joint-actions/schemas";
import { choiceLabel } from "@/lib/spreadsheets/choices";
import { destinationText, localName, type ColumnDef } from "@/lib/spreadsheets/columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import { canonicalJson, titleKey, type ImportableSheet, type SheetRecord } from "@/lib/spreadsheets/sheet-types";
import { parisDay } from "@/lib/time";

export type JointActionSheetRecord = SheetRecord & {
  partner: { id: string; shortName: string };
  /** Calendar day, YYYY-MM-DD. */
  date: string;
  kind: string;
  title: string;
  description: string;
  mission: { title: string; startDate: string } | null;
  delegation: { title: string; arrivalAt: Date } | null;
  event: { title: string; startsAt: Date } | null;
  destination: { city: string; countryCode: string } | null;
  objective: { code: string; nameFr: string; nameEn: string } | null;
  outcome: string;
  contactsCount: number;
  investorLeadsCount: number;
};

/** How a linked record is named in a cell: its title and its (Paris) day. */
export const recordReference = (title: string, day: string) => `${title} (${day})`;

const columns: ColumnDef<JointActionSheetRecord>[] = [
  { key: "organisation", kind: "partner", required: true, write: (r) => r.partner.shortName },
  { key: "date", kind: "day", required: true, write: (r) => ({ day: r.date }) },
  {
    key: "kind",
    kind: "choice",
    choices: "jointActionKind",
    required: true,
    write: (r, { t }) => choiceLabel(t, "jointActionKind", r.kind),
  },
  { key: "title", kind: "text", required: true, write: (r) => r.title },
  { key: "description", kind: "text", write: (r) => r.description },
  {
    key: "mission",
    kind: "record",
    write: (r) => (r.mission ? recordReference(r.mission.title, r.mission.startDate) : null),
  },
  {
    key: "delegation",
    kind: "record",
    write: (r) => (r.delegation ? recordReference(r.delegation.title, parisDay(r.delegation.arrivalAt)) : null),
  },
  {
    key: "event",
    kind: "record",
    write: (r) => (r.event ? recordReference(r.event.title, parisDay(r.event.startsAt)) : null),
  },
  { key: "destination", kind: "destination", write: (r) => (r.destination ? destinationText(r.destination) : null) },
  { key: "objective", kind: "name", write: (r, context) => (r.objective ? localName(context)(r.objective) : null) },
  { key: "outcome", kind: "text", write: (r) => r.outcome },
  { key: "contactsCount", kind: "wholeNumber", write: (r) => r.contactsCount },
  { key: "investorLeadsCount", kind: "wholeNumber", write: (r) => r.investorLeadsCount },
];

const formFieldColumns: Record<string, string> = {
  partnerId: "organisation",
  missionId: "mission",
  delegationId: "delegation",
  eventId: "event",
  destinationId: "destination",
  objectiveId: "objective",
};

const keyOf = (partnerId: string, title: string, date: string) => `${partnerId}|${titleKey(title)}|${date}`;

function read(reader: RowReader): ReturnType<ImportableSheet<JointActionSheetRecord, JointActionInput>["read"]> {
  const organisation = reader.text("organisation");
  const partner = organisation === "" ? undefined : reader.reference("organisation", "partner", organisation);
  const linked = (column: string, kind: "mission" | "delegation" | "event" | "destination" | "objective") => {
    const entry = reader.optionalReference(column, kind);
    return entry ? entry.id : "";
  };
  const parsed = createJointActionSchema.safeParse({
    partnerId: partner?.id ?? "",
    date: reader.day("date") ?? "",
    kind: reader.choice("kind", "jointActionKind") ?? "",
    title: reader.text("title"),
    description: reader.text("description"),
    missionId: linked("mission", "mission"),
    delegationId: linked("delegation", "delegation"),
    eventId: linked("event", "event"),
    destinationId: linked("destination", "destination"),
    objectiveId: linked("objective", "objective"),
    outcome: reader.text("outcome"),
    contactsCount: reader.wholeNumber("contactsCount"),
    investorLeadsCount: reader.wholeNumber("investorLeadsCount"),
  });
  if (!parsed.success)
    reportIssues(reader, parsed.error.issues, "jointActions", (field) => ({
      column: formFieldColumns[field] ?? field,
    }));
  if (partner === undefined && !reader.hasError("organisation"))
    reader.failValidation("organisation", "jointActions", "required");
  if (!parsed.success || reader.failed || !partner) return null;
  const { confirmSimilar: _confirmSimilar, ...input } = parsed.data;
  return {
    input,
    keys: [keyOf(partner.id, input.title, input.date)],
    label: `${partner.label} — ${input.title} (${input.date})`,
    fields: canonicalJson(input),
  };
}

export const jointActionSheet: ImportableSheet<JointActionSheetRecord, JointActionInput> = {
  group: "jointActions",
  namespace: "jointActions",
  columns,
  read,
  recordKeys: (record) => [keyOf(record.partner.id, record.title, record.date)],
  extraReferenceKinds: ["mission", "delegation", "event"],
};
