// The daily allowance rates list's export columns (decision 018). No server imports.
import { countryName } from "@/lib/records/countries";
import type { AllowanceRateRow } from "@/lib/reference/allowance-rates/queries";
import type { ColumnDef } from "@/lib/spreadsheets/columns";
import { dayOf } from "@/lib/time";

export const allowanceRateColumns: ColumnDef<AllowanceRateRow>[] = [
  { key: "countryCode", kind: "text", write: (r) => r.countryCode },
  { key: "country", kind: "country", write: (r, { locale }) => countryName(r.countryCode, locale) },
  { key: "dailyRate", kind: "amount", write: (r) => ({ cents: r.dailyCents }) },
  { key: "validFrom", kind: "day", write: (r) => ({ day: dayOf(r.validFrom) }) },
  { key: "validUntil", kind: "day", write: (r) => (r.validUntil ? { day: dayOf(r.validUntil) } : null) },
  { key: "source", kind: "text", write: (r) => r.source },
];
