// Calendar arithmetic in the Métropole's time zone. Days and years are Europe/Paris ones (an
// arrival at 23:30 on 31 December in Paris belongs to that year), whatever the server's zone.

export const parisTimeZone = "Europe/Paris";

/**
 * Every date the app accepts — in forms, URL parameters, API bodies and queries, imported cells —
 * falls in these years, and every year or month it accepts too (docs/decisions/013-bounded-input.md).
 * Wide enough for any record of a city's international relations (the oldest twinnings date from
 * the 1950s), narrow enough that no loop or list driven by a date can grow without end.
 */
export const acceptedYears = { first: 1900, last: 2099 } as const;
export const acceptedDays = { first: `${acceptedYears.first}-01-01`, last: `${acceptedYears.last}-12-31` } as const;

export function isAcceptedYear(year: number): boolean {
  return Number.isInteger(year) && year >= acceptedYears.first && year <= acceptedYears.last;
}

/** True for "YYYY-MM-DD" naming a real day (no 31 February) in the accepted years. */
export function isAcceptedDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isAcceptedYear(Number(text.slice(0, 4)))) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** True for "YYYY-MM" naming a month of the accepted years. */
export function isAcceptedMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text) && isAcceptedYear(Number(text.slice(0, 4)));
}

const offsetFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: parisTimeZone,
  hourCycle: "h23",
  year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});

/** Milliseconds Paris is ahead of UTC at `instant` (+1 h in winter, +2 h in summer). */
function parisOffsetMs(instant: Date): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a Paris calendar day (YYYY-MM-DD) begins. */
export function startOfParisDay(day: string): Date {
  const wallClockAsUtc = Date.parse(`${day}T00:00:00Z`);
  // The offset depends on the instant we look for; a second pass settles it on DST change days.
  const guess = wallClockAsUtc - parisOffsetMs(new Date(wallClockAsUtc));
  return new Date(wallClockAsUtc - parisOffsetMs(new Date(guess)));
}

/** The instant the Paris day after `day` begins: the exclusive end of `day`. */
export function endOfParisDay(day: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return startOfParisDay(next);
}
