// A country cell → its ISO code: the code itself ("IL") or the country's name in French or English
// ("Israël", "Israel"), as an export writes it in the reader's language. No server imports.
import { countryName, countryOptions, isCountryCode } from "@/lib/records/countries";
import { nameKey } from "@/lib/spreadsheets/names";

let byName: Map<string, string> | null = null;

function countriesByName(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    for (const locale of ["fr", "en"])
      for (const { code, name } of countryOptions(locale)) byName.set(nameKey(name), code);
  }
  return byName;
}

export function readCountry(text: string): string | null {
  const value = text.trim();
  if (isCountryCode(value.toUpperCase()) && value.length === 2) return value.toUpperCase();
  return countriesByName().get(nameKey(value)) ?? null;
}

export { countryName };
