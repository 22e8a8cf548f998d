// What an importable area tells the import pipeline: its columns (shared with the export), how a
// row reads into the input of the area's own form schema, and the keys that say which existing
// record a row is. No server imports: loading and writing records are wired in lib/spreadsheets/import.
import type { ColumnDef, ColumnGroup } from "@/lib/spreadsheets/columns";
import type { ReferenceKind } from "@/lib/spreadsheets/import/references";
import type { RowReader } from "@/lib/spreadsheets/import/row-reader";

export type StatusFields = { status: string; cancellationReason: string | null };

export type ParsedRow<TInput> = {
  /** The input of the area's create mutation, validated by the area's form schema. */
  input: TInput;
  /** Natural keys: a row is the existing record sharing one of them (several only for towns: INSEE code, name). */
  keys: string[];
  /** How the preview names the row's record. */
  label: string;
  /** The edited fields as one comparable text: equal texts mean an unchanged record. */
  fields: string;
  status?: StatusFields;
};

export type SheetRecord = { id: string; version: number; archivedAt: Date | null };

/** The column groups of the importable areas. */
export type ImportGroup = Extract<
  ColumnGroup,
  | "missions"
  | "delegations"
  | "events"
  | "towns"
  | "jointActions"
  | "allowanceRates"
  | "missionTravellers"
  | "missionCosts"
>;

export type ImportableSheet<TRecord extends SheetRecord, TInput> = {
  group: ImportGroup;
  /** Where the area's form validation messages live ("missions.validation…"). */
  namespace: string;
  columns: readonly ColumnDef<TRecord>[];
  read(reader: RowReader): ParsedRow<TInput> | null;
  recordKeys(record: TRecord): string[];
  /** The keys are unique among records (towns): two rows may not share one. Otherwise rows and records sharing a key are paired. */
  uniqueKeys?: boolean;
  /** Reference data beyond partners, destinations, sectors and objectives. */
  extraReferenceKinds?: readonly ReferenceKind[];
  /** For areas with a status flow: where a status may go next (an update may only follow the flow). */
  nextStatuses?(from: string): readonly string[];
};

/** A title as keys compare it: case and spacing aside (as the database's case-insensitive checks). */
export function titleKey(title: string): string {
  return title.replace(/\s+/g, " ").trim().toLowerCase();
}

/** A JSON text in which lists of ids (strings) are sorted and object keys ordered, so equal inputs compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (Array.isArray(item) && item.every((entry) => typeof entry === "string")) return [...item].sort();
    if (item && typeof item === "object" && !Array.isArray(item) && !(item instanceof Date)) {
      return Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)));
    }
    return item;
  });
}
