// The sectors' and objectives' export columns: those of the declared fields
// (lib/reference/code-lists/fields.ts). No server imports.
import { codeListFields } from "@/lib/reference/code-lists/fields";
import type { CodeListRow } from "@/lib/reference/code-lists/queries";
import type { ColumnDef } from "@/lib/spreadsheets/columns";
import { declaredColumns } from "@/lib/spreadsheets/declared-columns";

export const codeListColumns: ColumnDef<CodeListRow>[] = declaredColumns<CodeListRow>(codeListFields);
