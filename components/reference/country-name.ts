// Country names in the reader's language from ISO codes, with the platform's ICU data (no list to maintain).

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}
