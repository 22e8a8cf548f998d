// A column of an area's spreadsheet: its header (spreadsheets.columns.<area>.<key> in both
// languages), what kind of value it holds (for the template's help sheet) and how a record writes
// it. Importable areas read the same columns back (lib/spreadsheets/import). No server imports.
import type { Cell } from "./cells";
import type { ChoiceSetName } from "./choices";
import type { Locale, SheetTranslator } from "./messages";

export type ColumnKind =
  | "text"
  | "day"
  | "dateTime"
  | "wholeNumber"
  | "decimal"
  | "amount"
  | "choice"
  | "destinations"
  | "destination"
  | "names"
  | "name"
  | "partners"
  | "partner"
  | "partnerLines"
  | "participantLines"
  | "agendaLines"
  | "country"
  | "inseeCode"
  | "record";

export type WriteContext = { t: SheetTranslator; locale: Locale };

export type ColumnDef<TRecord> = {
  key: string;
  kind: ColumnKind;
  /** For "choice" columns: the list the value comes from. */
  choices?: ChoiceSetName;
  /** Import: the cell may not be left empty. */
  required?: boolean;
  write: (record: TRecord, context: WriteContext) => Cell;
};

/** The message namespace of an area's headers. */
export type ColumnGroup =
  | "missions"
  | "delegations"
  | "events"
  | "towns"
  | "jointActions"
  | "agreements"
  | "partners"
  | "destinations"
  | "codeLists"
  | "periods"
  | "allowanceRates"
  | "missionTravellers"
  | "missionCosts"
  | "users"
  | "audit";

export function columnLabel(t: SheetTranslator, group: ColumnGroup, key: string): string {
  return t.t(`spreadsheets.columns.${group}.${key}`);
}

export function headerRow(t: SheetTranslator, group: ColumnGroup, columns: readonly { key: string }[]): string[] {
  return columns.map((column) => columnLabel(t, group, column.key));
}

/** A yes/no cell in the reader's language. */
export function yesNo(value: boolean, { t }: WriteContext): string {
  return t.t(value ? "records.yes" : "records.no");
}

/** A sector's or objective's name in the reader's language. */
export const localName =
  ({ locale }: WriteContext) =>
  (item: { nameFr: string; nameEn: string }) =>
    locale === "fr" ? item.nameFr : item.nameEn;

/** A destination as a cell names it: "Xiamen (CN)", read back by the import. */
export const destinationText = (destination: { city: string; countryCode: string }) =>
  `${destination.city} (${destination.countryCode})`;
