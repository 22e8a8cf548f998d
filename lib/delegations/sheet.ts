// The delegations spreadsheet: the columns of the declared fields (lib/delegations/fields.ts) with
// the status after the title, and the import through the delegation form's schema
// (lib/delegations/schemas.ts). Arrival and departure are Paris times. Key: the title and the
// arrival. No server imports.
import { delegationFields } from "@/lib/delegations/fields";
import { createDelegationSchema, type DelegationInput } from "@/lib/delegations/schemas";
import { nextDelegationStatuses } from "@/lib/delegations/status";
import { choiceLabel } from "@/lib/spreadsheets/choices";
import type { ColumnDef } from "@/lib/spreadsheets/columns";
import { declaredColumns, issueColumnOf, readDeclared, type SheetValues } from "@/lib/spreadsheets/declared-columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import { canonicalJson, titleKey, type ImportableSheet, type SheetRecord } from "@/lib/spreadsheets/sheet-types";

export type DelegationSheetRecord = SheetRecord &
  SheetValues<typeof delegationFields> & { status: string; cancellationReason: string | null };

const [titleColumn, ...fieldColumns] = declaredColumns<DelegationSheetRecord>(delegationFields);

const columns: ColumnDef<DelegationSheetRecord>[] = [
  titleColumn!,
  {
    key: "status",
    kind: "choice",
    choices: "delegationStatus",
    write: (r, { t }) => choiceLabel(t, "delegationStatus", r.status),
  },
  { key: "cancellationReason", kind: "text", write: (r) => r.cancellationReason },
  ...fieldColumns,
];

function read(reader: RowReader): ReturnType<ImportableSheet<DelegationSheetRecord, DelegationInput>["read"]> {
  const { input: cells, entries } = readDeclared(reader, delegationFields);
  // The city's country wins (the data layer takes it from the city): a different one is a mistake.
  const origin = entries.originDestinationId;
  if (origin && cells.originCountryCode && origin.qualifier !== cells.originCountryCode)
    reader.fail("originCountry", "countryMismatch", { country: origin.qualifier });
  const parsed = createDelegationSchema.safeParse({
    ...cells,
    originCountryCode: origin?.qualifier ?? cells.originCountryCode,
  });
  if (!parsed.success) reportIssues(reader, parsed.error.issues, "delegations", issueColumnOf(delegationFields));
  const status = reader.choice("status", "delegationStatus", "EXPECTED");
  const reason = reader.text("cancellationReason");
  if (status === "CANCELLED" && reason === "") reader.fail("cancellationReason", "reasonRequired");
  if (status !== "CANCELLED" && reason !== "") reader.fail("cancellationReason", "reasonOnlyWhenCancelled");
  // Welcomed delegations count in the year's figures: one that has not arrived yet was not welcomed.
  if (parsed.success && status === "WELCOMED" && parsed.data.arrivalAt > reader.context.now)
    reader.fail("status", "welcomedInFuture");
  if (!parsed.success || reader.failed || !status) return null;
  const input = parsed.data;
  return {
    input,
    keys: [`${titleKey(input.title)}|${input.arrivalAt.toISOString()}`],
    label: `${input.title} (${reader.text("arrival")})`,
    fields: canonicalJson(input),
    status: { status, cancellationReason: status === "CANCELLED" ? reason : null },
  };
}

export const delegationSheet: ImportableSheet<DelegationSheetRecord, DelegationInput> = {
  group: "delegations",
  namespace: "delegations",
  columns,
  read,
  recordKeys: (record) => [`${titleKey(record.title)}|${record.arrivalAt.toISOString()}`],
  nextStatuses: (from) => nextDelegationStatuses(from as never),
};
