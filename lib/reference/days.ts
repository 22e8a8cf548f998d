// Calendar days stored in `@db.Date` columns (agreement and town dates). Prisma reads and writes
// them as midnight UTC, so a day travels as "YYYY-MM-DD" and converts here, never through the
// server's time zone. "Today" is the Paris day (lib/time.ts, DESIGN.md).
import { parisTimeZone } from "@/lib/time";

/** The Date Prisma stores for the day "YYYY-MM-DD". */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The "YYYY-MM-DD" of a `@db.Date` value. */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const parisDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: parisTimeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** The Paris calendar day at `instant` (default now), as "YYYY-MM-DD". */
export function parisDay(instant: Date = new Date()): string {
  return parisDayFormat.format(instant);
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
  return dateToDay(new Date(Date.UTC(targetYear, targetMonth, Math.min(date, lastDay))));
}

/** The first and last day of a calendar year, as `@db.Date` values. */
export function yearBounds(year: number): { first: Date; last: Date } {
  return { first: new Date(Date.UTC(year, 0, 1)), last: new Date(Date.UTC(year, 11, 31)) };
}
