// IANA time zones as the runtime's own database knows them (Intl, no library): a destination's
// zone is reference data staff keep; a briefing book gives each slot in local and Paris time.
// No server imports: the destination form lists the names too.

/** A zone's canonical name ("asia/shanghai" → "Asia/Shanghai"), or null when it names none. */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "" || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(trimmed)) return null;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Every zone name the runtime knows, for a form's suggestions. */
export function timeZoneNames(): string[] {
  return Intl.supportedValuesOf("timeZone");
}

/** The longest zone name accepted ("America/Argentina/ComodRivadavia" is 32). */
export const maxTimeZoneLength = 64;

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone, made once: a book's programme converts every slot twice. */
function wallClock(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(zone, format);
  }
  return format;
}

/** An instant's wall clock in a zone, to the second; the one reader of it (Paris days, calendars, books). */
export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

export function wallClockParts(instant: Date, zone: string): WallClock {
  const parts = Object.fromEntries(
    wallClock(zone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const twoDigits = (value: number) => String(value).padStart(2, "0");

/** The wall clock of an instant in a zone, as "YYYY-MM-DD" and "HH:MM". */
export function wallClockOf(instant: Date, zone: string): { day: string; time: string } {
  const wall = wallClockParts(instant, zone);
  return {
    day: `${String(wall.year).padStart(4, "0")}-${twoDigits(wall.month)}-${twoDigits(wall.day)}`,
    time: `${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`,
  };
}

/** Minutes the zone's clock is ahead of UTC at that instant. */
function offsetMinutes(instant: Date, zone: string): number {
  const { day, time } = wallClockOf(instant, zone);
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a zone's wall clock shows `day` at `time` ("HH:MM"). In the hour a clock skips
 * (spring forward) it is the instant an hour later; in the hour it repeats, the first one.
 */
export function instantOfWallClock(day: string, time: string, zone: string): Date {
  const guess = Date.parse(`${day}T${time}:00Z`);
  const first = offsetMinutes(new Date(guess), zone);
  const candidate = guess - first * 60_000;
  const second = offsetMinutes(new Date(candidate), zone);
  return new Date(second === first ? candidate : guess - second * 60_000);
}
