// The towns spreadsheet: export columns, and the import through the town form's schema
// (lib/towns/schemas.ts). Keys: the INSEE code and the name, both unique among towns. No server imports.
import { townSchema, type TownInput } from "@/lib/towns/schemas";
import type { ColumnDef } from "@/lib/spreadsheets/columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import { canonicalJson, titleKey, type ImportableSheet, type SheetRecord } from "@/lib/spreadsheets/sheet-types";

export type TownSheetRecord = SheetRecord & { name: string; inseeCode: string | null; connectedOn: string | null };

const columns: ColumnDef<TownSheetRecord>[] = [
  { key: "name", kind: "text", required: true, write: (r) => r.name },
  { key: "inseeCode", kind: "inseeCode", write: (r) => r.inseeCode },
  { key: "connectedOn", kind: "day", write: (r) => (r.connectedOn === null ? null : { day: r.connectedOn }) },
];

const keysOf = (town: { name: string; inseeCode: string | null }) => [
  ...(town.inseeCode ? [`insee:${town.inseeCode}`] : []),
  `name:${titleKey(town.name)}`,
];

/** Alpes-Maritimes codes start with 0: a spreadsheet that took "06088" for a number gives back 6088. */
function inseeText(text: string): string {
  return /^\d{4}$/.test(text) ? `0${text}` : text;
}

function read(reader: RowReader): ReturnType<ImportableSheet<TownSheetRecord, TownInput>["read"]> {
  const parsed = townSchema.safeParse({
    name: reader.text("name"),
    inseeCode: inseeText(reader.text("inseeCode")),
    connectedOn: reader.day("connectedOn") ?? "",
  });
  if (!parsed.success) reportIssues(reader, parsed.error.issues, "reference", (field) => ({ column: field }));
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
