// The agreements list's export columns (the list's own rows; agreements are not imported). No server imports.
import type { AgreementRow } from "@/lib/agreements/queries";
import { choiceLabel } from "@/lib/spreadsheets/choices";
import { yesNo, type ColumnDef } from "@/lib/spreadsheets/columns";
import { dayOf } from "@/lib/time";

export const agreementColumns: ColumnDef<AgreementRow>[] = [
  { key: "title", kind: "text", write: (r) => r.title },
  {
    key: "kind",
    kind: "choice",
    choices: "agreementKind",
    write: (r, { t }) => choiceLabel(t, "agreementKind", r.kind),
  },
  { key: "counterpart", kind: "text", write: (r) => r.counterpart },
  { key: "destination", kind: "destination", write: (r) => r.destination },
  { key: "startDate", kind: "day", write: (r) => ({ day: dayOf(r.startDate) }) },
  { key: "endDate", kind: "day", write: (r) => (r.endDate ? { day: dayOf(r.endDate) } : null) },
  { key: "isExclusive", kind: "text", write: (r, context) => yesNo(r.isExclusive, context) },
];
