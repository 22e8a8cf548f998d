// Countries a delegation can come from, by ISO 3166-1 alpha-2 code, named in the reader's language
// by the runtime's own data (Intl), so no list has to be kept. Pure: shared by forms and schemas.

// Codes Intl names that are not assignable countries: unions and pseudo-regions, codes withdrawn
// from ISO 3166-1 (East Germany, Zaire, Yugoslavia…) and ISO's exceptional reservations.
const notCountries = new Set([
  "EU",
  "EZ",
  "UN",
  "QO",
  "XA",
  "XB",
  "ZZ",
  "AN",
  "BU",
  "CS",
  "DD",
  "DY",
  "FX",
  "HV",
  "NH",
  "RH",
  "SU",
  "TP",
  "VD",
  "YD",
  "YU",
  "ZR",
  "AC",
  "CP",
  "CQ",
  "DG",
  "EA",
  "IC",
  "TA",
  "UK",
]);

const englishNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** True for an upper-case two-letter code of a country or territory. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !notCountries.has(code) && englishNames.of(code) !== undefined;
}

/** The country's name in `locale`, or the code itself when unknown. */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
}

/** Every country, sorted by its name in `locale`, for the form's suggestions. */
export function countryOptions(locale: string): { code: string; name: string }[] {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const codes = [...letters].flatMap((first) => [...letters].map((second) => first + second)).filter(isCountryCode);
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
