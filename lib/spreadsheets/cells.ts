// The values an exported cell holds, typed so each format writes them its own way: CSV as text
// (ISO days, Paris wall-clock times, amounts with a dot), .xlsx as numbers and real dates. Days and
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

/** The cell as CSV text, formulas neutralised. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return neutraliseText(cell);
  if (typeof cell === "number") return String(cell);
  if ("cents" in cell) return centsToInput(cell.cents);
  if ("day" in cell) return cell.day;
  return parisDateTimeText(cell.instant);
}

/** A table to write: a sheet name, the header row and the data rows. */
export type SheetData = { name: string; header: string[]; rows: Cell[][] };
