// The partners list's export columns (names, never ids). No server imports.
import type { PartnerSummary } from "@/lib/partners/queries";
import { choiceLabel } from "@/lib/spreadsheets/choices";
import { yesNo, type ColumnDef } from "@/lib/spreadsheets/columns";

export const partnerColumns: ColumnDef<PartnerSummary>[] = [
  { key: "name", kind: "text", write: (r) => r.name },
  { key: "shortName", kind: "text", write: (r) => r.shortName },
  { key: "kind", kind: "choice", choices: "partnerKind", write: (r, { t }) => choiceLabel(t, "partnerKind", r.kind) },
  { key: "isActive", kind: "text", write: (r, context) => yesNo(r.isActive, context) },
];
