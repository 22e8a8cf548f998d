// Missions run on calendar days (@db.Date columns, read back as UTC midnight). "Today" is the
// Métropole's day, whatever the server's time zone (see lib/time.ts). No server imports.
import { parisTimeZone } from "@/lib/time";

const parisDayFormat = new Intl.DateTimeFormat("en-US", { timeZone: parisTimeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** The Paris calendar day (YYYY-MM-DD) `instant` falls on. */
export function parisDay(instant: Date = new Date()): string {
  const parts = Object.fromEntries(parisDayFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A @db.Date value (UTC midnight) as its YYYY-MM-DD day. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD day as the value Prisma stores in a @db.Date column. */
export function dateOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
