// Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return that
// hides one) as a formula: "formula injection". Some also read the full-width forms ＝ ＋ － ＠
// (U+FF1D, U+FF0B, U+FF0D, U+FF20) typed by East Asian input methods as the operators they
// stand for. Exported text cells that start so get a leading
// apostrophe, which makes them plain text; an import takes that apostrophe off again, so a value
// survives export → import unchanged. Numbers and dates are written as such and never touched.

const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const neutralisedStart = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The text as a spreadsheet may show it without running it. */
export function neutraliseText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** An imported text with the apostrophe `neutraliseText` added taken off. */
export function restoreText(text: string): string {
  return neutralisedStart.test(text) ? text.slice(1) : text;
}
