// Title likeness for the coordination check (similar.ts): no server imports, unit-tested.

/** Words too common in action titles to say two are about the same thing. */
const commonWords = new Set([
  "avec",
  "dans",
  "pour",
  "from",
  "with",
  "the",
  "and",
  "des",
  "les",
  "une",
  "aux",
  "sur",
  "par",
  "meeting",
  "rencontre",
  "rencontres",
  "mission",
  "delegation",
]);

/** The significant words of a title: lower case, accents removed, three letters or more. */
export function titleWords(title: string): Set<string> {
  const words = title
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((word) => word.length >= 3 && !commonWords.has(word)));
}

/** True when at least half of the shorter title's significant words appear in the other. */
export function similarTitles(a: string, b: string): boolean {
  const left = titleWords(a);
  const right = titleWords(b);
  const smaller = Math.min(left.size, right.size);
  if (smaller === 0) return false;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared >= 1 && shared * 2 >= smaller;
}
