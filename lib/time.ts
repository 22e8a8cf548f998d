// Calendar arithmetic in the Métropole's time zone. Days and years are Europe/Paris ones (an
// arrival at 23:30 on 31 December in Paris belongs to that year), whatever the server's zone.

export const parisTimeZone = "Europe/Paris";

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
