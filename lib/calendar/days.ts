// The month grid and timeline of the calendar, on "YYYY-MM-DD" Paris days (lib/time.ts).
import { addDays, isAcceptedMonth } from "@/lib/time";

/** Monday = 0 … Sunday = 6, as French calendars start the week on Monday. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** A month spans four to six weeks: the grid never draws more, whatever it is given. */
const maxWeeks = 6;

/** The days shown for a month ("YYYY-MM" of the accepted years): whole weeks from the Monday before the 1st to the Sunday after the last day. */
export function monthGrid(month: string): string[][] {
  if (!isAcceptedMonth(month)) throw new RangeError(`Not a month of the accepted years: ${month}`);
  const first = `${month}-01`;
  const [year = 0, monthNumber = 1] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  let day = addDays(first, -weekdayIndex(first));
  const end = addDays(last, 6 - weekdayIndex(last));
  const weeks: string[][] = [];
  while (day <= end && weeks.length < maxWeeks) {
    const week: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

export function shiftMonth(month: string, delta: number): string {
  const [year = 0, monthNumber = 1] = month.split("-").map(Number);
  const shifted = new Date(Date.UTC(year, monthNumber - 1 + delta, 1));
  return shifted.toISOString().slice(0, 7);
}
