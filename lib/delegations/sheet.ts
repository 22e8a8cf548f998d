// The delegations spreadsheet: export columns, and the import through the delegation form's schema
// (lib/delegations/schemas.ts). Arrival and departure are Paris times. Key: the title and the
// arrival. No server imports.
import { createDelegationSchema, type DelegationInput } from "@/lib/delegations/schemas";
import { nextDelegationStatuses } from "@/lib/delegations/status";
import { choiceLabel } from "@/lib/spreadsheets/choices";
import { destinationText, localName, type ColumnDef } from "@/lib/spreadsheets/columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import { countryName, readCountry } from "@/lib/spreadsheets/countries";
import { canonicalJson, titleKey, type ImportableSheet, type SheetRecord } from "@/lib/spreadsheets/sheet-types";

export type DelegationSheetRecord = SheetRecord & {
  title: string;
  status: string;
  cancellationReason: string | null;
  originDestination: { city: string; countryCode: string } | null;
  originCountryCode: string;
  arrivalAt: Date;
  departureAt: Date;
  size: number;
  hostName: string;
  programme: string;
  sectors: { code: string; nameFr: string; nameEn: string }[];
  partners: { shortName: string }[];
};

const columns: ColumnDef<DelegationSheetRecord>[] = [
  { key: "title", kind: "text", required: true, write: (r) => r.title },
  {
    key: "status",
    kind: "choice",
    choices: "delegationStatus",
    write: (r, { t }) => choiceLabel(t, "delegationStatus", r.status),
  },
  { key: "cancellationReason", kind: "text", write: (r) => r.cancellationReason },
  {
    key: "originCity",
    kind: "destination",
    write: (r) => (r.originDestination ? destinationText(r.originDestination) : null),
  },
  { key: "originCountry", kind: "country", write: (r, { locale }) => countryName(r.originCountryCode, locale) },
  { key: "arrival", kind: "dateTime", required: true, write: (r) => ({ instant: r.arrivalAt }) },
  { key: "departure", kind: "dateTime", required: true, write: (r) => ({ instant: r.departureAt }) },
  { key: "size", kind: "wholeNumber", required: true, write: (r) => r.size },
  { key: "hostName", kind: "text", write: (r) => r.hostName },
  { key: "programme", kind: "text", write: (r) => r.programme },
  { key: "sectors", kind: "names", write: (r, context) => r.sectors.map(localName(context)).join("; ") },
  { key: "partners", kind: "partners", write: (r) => r.partners.map((partner) => partner.shortName).join("; ") },
];

const formFieldColumns: Record<string, string> = {
  title: "title",
  originDestinationId: "originCity",
  originCountryCode: "originCountry",
  arrivalAt: "arrival",
  departureAt: "departure",
  size: "size",
  hostName: "hostName",
  programme: "programme",
  sectorIds: "sectors",
  partnerIds: "partners",
};

function read(reader: RowReader): ReturnType<ImportableSheet<DelegationSheetRecord, DelegationInput>["read"]> {
  const origin = reader.optionalReference("originCity", "destination");
  const countryText = reader.text("originCountry");
  const country = countryText === "" ? "" : readCountry(countryText);
  if (country === null) reader.fail("originCountry", "invalidCountry", { value: countryText });
  // The city's country wins (the data layer takes it from the city): a different one is a mistake.
  if (origin && country && origin.qualifier !== country)
    reader.fail("originCountry", "countryMismatch", { country: origin.qualifier });
  const parsed = createDelegationSchema.safeParse({
    title: reader.text("title"),
    originDestinationId: origin?.id ?? "",
    originCountryCode: origin?.qualifier ?? country ?? "",
    arrivalAt: reader.dateTime("arrival") ?? "",
    departureAt: reader.dateTime("departure") ?? "",
    size: reader.wholeNumber("size"),
    hostName: reader.text("hostName"),
    programme: reader.text("programme"),
    sectorIds: reader.references("sectors", "sector"),
    partnerIds: reader.references("partners", "partner"),
  });
  if (!parsed.success)
    reportIssues(reader, parsed.error.issues, "delegations", (field) => ({
      column: formFieldColumns[field] ?? "title",
    }));
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
