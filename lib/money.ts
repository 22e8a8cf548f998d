// Money is stored in integer euro cents; users type and read euros.

/** "1 234,50", "1234.5", "1 234 €" → 123450 cents; null for an empty string; NaN for garbage. */
export function parseEuros(input: string): number | null {
  const text = input.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (text === "") return null;
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return Number.NaN;
  const [whole = "0", fraction = ""] = text.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Cents as the text a form field shows back ("1234.50"). */
export function centsToInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
