// Which of a mission's cities an agenda slot takes place in, read from its words: the daily
// allowances count the country of each day, the briefing book the time zone of each slot. Pure.

/** "Genève" and "geneve" are the same name when looking for a city in a slot's words. */
const folded = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase("en");

/** The first of `destinations` whose city the slot's place or title names, or null. */
export function destinationNamedIn<D extends { city: string }>(
  slot: { location: string; title: string },
  destinations: readonly D[],
): D | null {
  const words = folded(`${slot.location} ${slot.title}`);
  return destinations.find((destination) => destination.city && words.includes(folded(destination.city))) ?? null;
}
