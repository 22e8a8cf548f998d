// The partners list's export columns: those of the declared fields (lib/partners/fields.ts), with
// names, never ids. No server imports.
import { partnerFields } from "@/lib/partners/fields";
import type { PartnerSummary } from "@/lib/partners/queries";
import type { ColumnDef } from "@/lib/spreadsheets/columns";
import { declaredColumns } from "@/lib/spreadsheets/declared-columns";

export const partnerColumns: ColumnDef<PartnerSummary>[] = declaredColumns<PartnerSummary>(partnerFields);
