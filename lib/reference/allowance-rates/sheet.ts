// The daily allowance rates as a spreadsheet (decision 018): the list's export, and the import
// through the rate form's schema, so an administrator can bring in the annex of rates at once. A
// row is the rate of its country from its first day (country code and "valid from"). The
// country's name is written for reading; the code is what counts. No server imports.
import { countryName } from "@/lib/records/countries";
import type { AllowanceRateRow } from "@/lib/reference/allowance-rates/queries";
import { allowanceRateSchema, type AllowanceRateInput } from "@/lib/reference/allowance-rates/schemas";
import type { ColumnDef } from "@/lib/spreadsheets/columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import { canonicalJson, type ImportableSheet } from "@/lib/spreadsheets/sheet-types";
import { dayOf } from "@/lib/time";

export const allowanceRateColumns: ColumnDef<AllowanceRateRow>[] = [
  { key: "countryCode", kind: "text", required: true, write: (r) => r.countryCode },
  { key: "country", kind: "country", write: (r, { locale }) => countryName(r.countryCode, locale) },
  { key: "dailyRate", kind: "amount", required: true, write: (r) => ({ cents: r.dailyCents }) },
  { key: "validFrom", kind: "day", required: true, write: (r) => ({ day: dayOf(r.validFrom) }) },
  { key: "validUntil", kind: "day", write: (r) => (r.validUntil ? { day: dayOf(r.validUntil) } : null) },
  { key: "source", kind: "text", required: true, write: (r) => r.source },
];

const keyOf = (countryCode: string, validFrom: string) => `${countryCode}:${validFrom}`;

/** The form's field → the column that holds it. */
const columnOfField = (field: string) => ({ column: field === "dailyCents" ? "dailyRate" : field });

function read(reader: RowReader): ReturnType<ImportableSheet<AllowanceRateRow, AllowanceRateInput>["read"]> {
  const parsed = allowanceRateSchema.safeParse({
    countryCode: reader.text("countryCode"),
    dailyCents: reader.text("dailyRate"),
    validFrom: reader.day("validFrom") ?? "",
    validUntil: reader.day("validUntil") ?? "",
    source: reader.text("source"),
  });
  if (!parsed.success) reportIssues(reader, parsed.error.issues, "reference", columnOfField);
  if (!parsed.success || reader.failed) return null;
  const input = parsed.data;
  return {
    input,
    keys: [keyOf(input.countryCode, input.validFrom)],
    label: `${input.countryCode} — ${input.validFrom}`,
    fields: canonicalJson(input),
  };
}

export const allowanceRateSheet: ImportableSheet<AllowanceRateRow, AllowanceRateInput> = {
  group: "allowanceRates",
  namespace: "reference",
  columns: allowanceRateColumns,
  read,
  recordKeys: (rate) => [keyOf(rate.countryCode, dayOf(rate.validFrom))],
  uniqueKeys: true,
};
