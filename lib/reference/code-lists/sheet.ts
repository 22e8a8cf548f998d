// The sectors' and objectives' export columns. No server imports.
import type { CodeListRow } from "@/lib/reference/code-lists/queries";
import type { ColumnDef } from "@/lib/spreadsheets/columns";

export const codeListColumns: ColumnDef<CodeListRow>[] = [
  { key: "code", kind: "text", write: (r) => r.code },
  { key: "nameFr", kind: "text", write: (r) => r.nameFr },
  { key: "nameEn", kind: "text", write: (r) => r.nameEn },
];
