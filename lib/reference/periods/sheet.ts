// The priority periods' export columns. No server imports.
import type { PeriodRow } from "@/lib/reference/periods/queries";
import type { ColumnDef } from "@/lib/spreadsheets/columns";

export const periodColumns: ColumnDef<PeriodRow>[] = [
  { key: "label", kind: "text", write: (r) => r.label },
  { key: "startYear", kind: "wholeNumber", write: (r) => r.startYear },
  { key: "endYear", kind: "wholeNumber", write: (r) => r.endYear },
  { key: "destinationCount", kind: "wholeNumber", write: (r) => r.destinationCount },
];
