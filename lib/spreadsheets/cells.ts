// The values an exported cell holds, typed so each format writes them its own way: CSV as text
// (ISO days, Paris wall-clock times, amounts with the reader's decimal separator), .xlsx as numbers and real dates. Days and
// times read back through the same columns, so an export re-imports as it was. No server imports.
import { centsToInput } from "@/lib/money";
import { neutraliseText } from "./neutralise";
import { dateToParisInput } from "@/lib/time";

export type Cell =
  | null
  | string
  | number
  /** An amount in euro cents. */
  | { cents: number }
  /** A calendar day, YYYY-MM-DD. */
  | { day: string }
  /** An instant, shown as its Paris date and time. */
  | { instant: Date };

/** A Paris date and time as "YYYY-MM-DD HH:MM" (seconds only when there are some). */
export function parisDateTimeText(instant: Date): string {
  const minutes = dateToParisInput(instant).replace("T", " ");
  const seconds = instant.getUTCSeconds();
  return seconds === 0 ? minutes : `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/** A number's text with the reader's decimal separator ("43,7" where it is a comma). */
export const decimalText = (text: string, decimalComma: boolean) => (decimalComma ? text.replace(".", ",") : text);

/** The cell as CSV text, formulas neutralised; amounts and decimals with a comma where the reader writes one. */
export function cellText(cell: Cell, decimalComma = false): string {
  if (cell === null) return "";
  if (typeof cell === "string") return neutraliseText(cell);
  if (typeof cell === "number") return decimalText(String(cell), decimalComma);
  if ("cents" in cell) return decimalText(centsToInput(cell.cents), decimalComma);
  if ("day" in cell) return cell.day;
  return parisDateTimeText(cell.instant);
}

/** A table to write: a sheet name, the header row and the data rows. */
export type SheetData = { name: string; header: string[]; rows: Cell[][] };
