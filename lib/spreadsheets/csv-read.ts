// CSV text → rows of cells. The delimiter is read off the header row: "," (the standard, and what
// the app writes), ";" (what Excel writes where the decimal separator is a comma, as in France) or
// a tab (Excel's "Unicode text"). Quoted cells may hold delimiters, quotes and line breaks (RFC 4180).
import Papa from "papaparse";

export type Delimiter = "," | ";" | "\t";

/** The delimiter the first line uses most outside quotes; "," when it holds none (a one-column file). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === "\n" || character === "\r")) break;
    else if (!quoted && character in counts) counts[character as Delimiter] += 1;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ",");
  return best;
}

export type CsvTable = { rows: string[][]; delimiter: Delimiter };

export class CsvSyntaxError extends Error {
  constructor(readonly row: number) {
    super(`Unclosed quote in row ${row}`);
    this.name = "CsvSyntaxError";
  }
}

/** Parses the whole text; a quote left open (the file ends inside a cell) is refused with its row. */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false, dynamicTyping: false });
  const quoteError = result.errors.find((error) => error.type === "Quotes");
  if (quoteError) throw new CsvSyntaxError((quoteError.row ?? 0) + 1);
  const rows = result.data;
  // The line break that ends the last record leaves one empty record behind.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === "")) rows.pop();
  return { rows, delimiter };
}
