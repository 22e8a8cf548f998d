// Dates as people and spreadsheet programs write them → the forms' formats. ISO (2016-05-12) is
// what the app writes; DD/MM/YYYY is what Excel writes back in French (and British) settings when
// a CSV is saved again. Month-first American dates are not read: 05/12/2016 is 5 December.
import { isAcceptedDay } from "@/lib/time";

const pad = (value: string) => value.padStart(2, "0");

const isoDay = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const europeanDay = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

/** "YYYY-MM-DD" for a real calendar day written either way; null otherwise. */
export function readDay(text: string): string | null {
  const value = text.trim();
  const iso = isoDay.exec(value);
  const european = iso ? null : europeanDay.exec(value);
  const day = iso
    ? `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}`
    : european
      ? `${european[3]}-${pad(european[2]!)}-${pad(european[1]!)}`
      : null;
  return day && isAcceptedDay(day) ? day : null;
}

const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A Paris date and time as a datetime-local value ("YYYY-MM-DDTHH:MM[:SS]") for the forms' schemas;
 * a day alone means its midnight (a spreadsheet shows 00:00 that way). Null when unreadable.
 */
export function readDateTime(text: string): string | null {
  const value = text.trim().replace("T", " ");
  const [dayPart = "", timePart, ...rest] = value.split(/\s+/);
  if (rest.length > 0) return null;
  const day = readDay(dayPart);
  if (!day) return null;
  if (timePart === undefined) return `${day}T00:00`;
  const match = time.exec(timePart);
  if (!match) return null;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 0 : Number(match[3])];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return `${day}T${pad(String(hours))}:${pad(String(minutes))}${seconds === 0 ? "" : `:${pad(String(seconds))}`}`;
}

/** Digits grouped with spaces ("1 234", as French spreadsheets show them) → "1234"; anything else unchanged. */
export function ungroupDigits(text: string): string {
  const value = text.trim();
  return /^\d{1,3}([\s\u00a0\u202f]\d{3})+$/.test(value) ? value.replace(/[\s\u00a0\u202f]/g, "") : value;
}
