import { addDays, parisDay } from "@/lib/time";

// The days a personal feed covers, counted from today in Paris. The past month keeps what just
// happened in the calendar (notes, reports, expenses) instead of vanishing the day after; eighteen
// months ahead covers how far missions and delegations are planned. Older records stay in the app
// and in the per-record .ics downloads.
export const feedDaysBack = 30;
export const feedMonthsAhead = 18;

export function feedWindow(now: Date): { firstDay: string; lastDay: string } {
  const today = parisDay(now);
  const [year = 0, month = 1, day = 1] = today.split("-").map(Number);
  // Date.UTC carries a day the target month lacks (31 August + 18 months) into the next month.
  const ahead = new Date(Date.UTC(year, month - 1 + feedMonthsAhead, day)).toISOString().slice(0, 10);
  return { firstDay: addDays(today, -feedDaysBack), lastDay: ahead };
}
