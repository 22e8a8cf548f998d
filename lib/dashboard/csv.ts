// The dashboard's CSV downloads, written as every CSV of the app is (lib/spreadsheets/csv-write.ts):
// UTF-8 with a byte-order mark, formulas neutralised, in the reader's convention (amounts are
// written by the caller with the reader's decimal separator).
import { csvConventionOf, writeCsv, type CsvConvention } from "@/lib/spreadsheets/csv-write";

export function toCsv(
  header: string[],
  rows: (string | number)[][],
  convention: CsvConvention = csvConventionOf("en"),
): string {
  return writeCsv({ header, rows }, convention);
}
