// How the import compares names: case, accents, curly apostrophes and extra spaces do not matter,
// so "Cote d’Azur", "côte d'azur" and "Côte  d'Azur" name the same thing. No server imports.

export function nameKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** "Xiamen (CN)" → { name: "Xiamen", qualifier: "CN" }; text without a trailing bracket has no qualifier. */
export function splitQualifier(text: string): { name: string; qualifier: string | null } {
  const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(text.trim());
  return match ? { name: match[1]!, qualifier: match[2]!.trim() } : { name: text.trim(), qualifier: null };
}

/** Values of a list cell: separated by ";" or line breaks, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[;\r\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Lines of a cell, blanks dropped. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
