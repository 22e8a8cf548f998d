// The wall-clock value of an `<input type="datetime-local">` ("2016-12-31T23:30") read as Paris
// time, and back. Forms take Paris date and time whatever the browser's or the server's zone.
// Pure (no server imports): shared by forms, schemas and the data layer.
import { isAcceptedYear, parisTimeZone, startOfParisDay } from "@/lib/time";

const wallClockFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: parisTimeZone,
  hourCycle: "h23",
  year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});

const inputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const dayMs = 24 * 60 * 60 * 1000;

function parisParts(instant: Date): Record<string, string> {
  return Object.fromEntries(wallClockFormat.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** Milliseconds Paris is ahead of UTC at `instantMs` (+1 h in winter, +2 h in summer). */
function parisOffsetMs(instantMs: number): number {
  const parts = parisParts(new Date(instantMs));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a Paris wall-clock time names, or null when the text is not a valid date and time
 * of the accepted years (lib/time.ts).
 * When clocks go back, the repeated hour means its first occurrence (summer time), so a value the
 * form showed (`dateToParisInput`) reads back as the same instant; a time skipped when clocks go
 * forward (02:30 on the last Sunday of March) is read with the winter offset, i.e. one hour later.
 */
export function parisInputToDate(value: string): Date | null {
  const match = inputPattern.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  // Also keeps Date.UTC from reading years 0–99 as 1900–1999.
  if (!isAcceptedYear(year)) return null;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wallMs);
  // Date.UTC rolls 30 February over into March, 24:00 into the next day: refuse those.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  // The two offsets in force around this day; the earliest instant that really shows this wall time wins.
  const offsetBefore = parisOffsetMs(wallMs - dayMs);
  const candidates = [...new Set([offsetBefore, parisOffsetMs(wallMs + dayMs)])]
    .map((offset) => wallMs - offset)
    .filter((instant) => wallMs - parisOffsetMs(instant) === instant)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wallMs - offsetBefore);
}

/** The value a datetime-local input shows for `instant`, in Paris time, to the minute. */
export function dateToParisInput(instant: Date): string {
  const parts = parisParts(instant);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The Paris calendar year `instant` falls in (23:30 on 31 December in Paris belongs to that year). */
export function parisYear(instant: Date): number {
  return Number(parisParts(instant).year);
}

/** The instants of a Paris calendar year, for a `where` on a timestamp: from its first instant, up to the next year's. */
export function parisYearRange(year: number): { gte: Date; lt: Date } {
  return { gte: startOfParisDay(`${year}-01-01`), lt: startOfParisDay(`${year + 1}-01-01`) };
}
