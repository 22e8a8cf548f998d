// The towns spreadsheet: the columns of the declared fields (lib/towns/fields.ts), and the import
// through the town form's schema (lib/towns/schemas.ts). Keys: the INSEE code and the name, both unique among towns. No server imports.
import { townFields } from "@/lib/towns/fields";
import { townSchema, type TownInput } from "@/lib/towns/schemas";
import type { ColumnDef } from "@/lib/spreadsheets/columns";
import { declaredColumns, issueColumnOf, readDeclared, type SheetValues } from "@/lib/spreadsheets/declared-columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import { canonicalJson, titleKey, type ImportableSheet, type SheetRecord } from "@/lib/spreadsheets/sheet-types";

export type TownSheetRecord = SheetRecord & SheetValues<typeof townFields>;

// The INSEE column keeps its own help text (the code's form) in the template.
const columns: ColumnDef<TownSheetRecord>[] = declaredColumns<TownSheetRecord>(townFields).map((column) =>
  column.key === "inseeCode" ? { ...column, kind: "inseeCode" } : column,
);

const keysOf = (town: { name: string; inseeCode: string | null }) => [
  ...(town.inseeCode ? [`insee:${town.inseeCode}`] : []),
  `name:${titleKey(town.name)}`,
];

/** Alpes-Maritimes codes start with 0: a spreadsheet that took "06088" for a number gives back 6088. */
function inseeText(text: string): string {
  return /^\d{4}$/.test(text) ? `0${text}` : text;
}

function read(reader: RowReader): ReturnType<ImportableSheet<TownSheetRecord, TownInput>["read"]> {
  const { input: cells } = readDeclared(reader, townFields);
  const parsed = townSchema.safeParse({ ...cells, inseeCode: inseeText(String(cells.inseeCode)) });
  if (!parsed.success) reportIssues(reader, parsed.error.issues, "reference", issueColumnOf(townFields));
  if (!parsed.success || reader.failed) return null;
  const input = parsed.data;
  return {
    input,
    keys: keysOf(input),
    label: input.inseeCode ? `${input.name} (${input.inseeCode})` : input.name,
    fields: canonicalJson(input),
  };
}

export const townSheet: ImportableSheet<TownSheetRecord, TownInput> = {
  group: "towns",
  namespace: "reference",
  columns,
  read,
  recordKeys: keysOf,
  uniqueKeys: true,
};
