// What the search box sends, made safe and useful. No server imports.

/** Fewer letters match too much to be useful, and trigram indexes need three. */
export const searchMinLength = 3;
/** Longer than any title or name worth typing; what is beyond is cut. */
export const searchMaxLength = 100;
/** Results shown for each kind; one more is read to know whether there are others. */
export const searchLimitPerKind = 10;

export type SearchQuery = { kind: "empty" } | { kind: "tooShort"; text: string } | { kind: "ready"; text: string };

/** The `q` of `/search?q=`: spaces collapsed, cut at the maximum length. */
export function parseSearchQuery(value: unknown): SearchQuery {
  const raw = Array.isArray(value) ? value[0] : value;
  const text = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim().slice(0, searchMaxLength) : "";
  if (text === "") return { kind: "empty" };
  return text.length < searchMinLength ? { kind: "tooShort", text } : { kind: "ready", text };
}

/**
 * A LIKE pattern that finds the text anywhere: the user's % and _ are letters, not wildcards.
 * Folding (case and accents) is done by the database's search_fold on both sides.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
