// Time in the Métropole's zone, in one module: Paris days and years, the days stored in `@db.Date`
// columns, the wall-clock values of date-time inputs, and the range of dates the app accepts.
// Days and years are Europe/Paris ones (an arrival at 23:30 on 31 December in Paris belongs to
// that year), whatever the server's or the browser's zone. Pure (no server imports): forms,
// schemas, pages and the data layer all use it.

import { wallClockParts } from "./time-zones";

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

// --- Paris wall clock ---------------------------------------------------------------------------

/** The Paris wall clock of an instant, each part as two digits (four for the year). */
function parisParts(instant: Date): Record<"year" | "month" | "day" | "hour" | "minute" | "second", string> {
  const wall = wallClockParts(instant, parisTimeZone);
  const two = (value: number) => String(value).padStart(2, "0");
  return {
    year: String(wall.year).padStart(4, "0"),
    month: two(wall.month),
    day: two(wall.day),
    hour: two(wall.hour),
    minute: two(wall.minute),
    second: two(wall.second),
  };
}

/** Milliseconds Paris is ahead of UTC at `instantMs` (+1 h in winter, +2 h in summer). */
function parisOffsetMs(instantMs: number): number {
  const parts = parisParts(new Date(instantMs));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** The Paris calendar day `instant` (default now) falls on, "YYYY-MM-DD". */
export function parisDay(instant: Date = new Date()): string {
  const parts = parisParts(instant);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The Paris calendar year `instant` falls in (23:30 on 31 December in Paris belongs to that year). */
export function parisYear(instant: Date): number {
  return Number(parisParts(instant).year);
}

/** The instant a Paris calendar day (YYYY-MM-DD) begins. */
export function startOfParisDay(day: string): Date {
  const wallClockAsUtc = Date.parse(`${day}T00:00:00Z`);
  // The offset depends on the instant we look for; a second pass settles it on DST change days.
  const guess = wallClockAsUtc - parisOffsetMs(wallClockAsUtc);
  return new Date(wallClockAsUtc - parisOffsetMs(guess));
}

/** The instant the Paris day after `day` begins: the exclusive end of `day`. */
export function endOfParisDay(day: string): Date {
  return startOfParisDay(addDays(day, 1));
}

/** The instants of a Paris calendar year, for a `where` on a timestamp: from its first instant, up to the next year's. */
export function parisYearRange(year: number): { gte: Date; lt: Date } {
  return { gte: startOfParisDay(`${year}-01-01`), lt: startOfParisDay(`${year + 1}-01-01`) };
}

// --- Date-time inputs ---------------------------------------------------------------------------

const inputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * The instant an `<input type="datetime-local">` value ("2016-12-31T23:30") names read as Paris
 * time, or null when the text is not a valid date and time of the accepted years.
 * When clocks go back, the repeated hour means its first occurrence (summer time), so a value the
 * form showed (`dateToParisInput`) reads back as the same instant; a time skipped when clocks go
 * forward (02:30 on the last Sunday of March) is read with the winter offset, i.e. one hour later.
 */
export function parisInputToDate(value: string): Date | null {
  const match = inputPattern.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Also keeps Date.UTC from reading years 0–99 as 1900–1999.
  if (!isAcceptedYear(year)) return null;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wallMs);
  // Date.UTC rolls 30 February over into March, 24:00 into the next day: refuse those.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
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

// --- Days of `@db.Date` columns -----------------------------------------------------------------
// Prisma reads and writes them as midnight UTC, so a day travels as "YYYY-MM-DD" and converts
// here, never through the server's time zone.

/** A `@db.Date` value as its "YYYY-MM-DD" day. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A "YYYY-MM-DD" day as the value Prisma stores in a `@db.Date` column. */
export function dateOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The day `count` days after (or before) `day`. */
export function addDays(day: string, count: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + count * dayMs));
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day
 * (31 August + 6 months = 28 or 29 February), as people count deadlines.
 */
export function addMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return dayOf(new Date(Date.UTC(targetYear, targetMonth, Math.min(date, lastDay))));
}

/** The first and last day of a calendar year, as `@db.Date` values. */
export function yearBounds(year: number): { first: Date; last: Date } {
  return { first: new Date(Date.UTC(year, 0, 1)), last: new Date(Date.UTC(year, 11, 31)) };
}
