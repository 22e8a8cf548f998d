// The calendar's URL state: which month (month view) or year (timeline), which kinds, and the
// same sector/partner filters as the lists. No server imports.
import { z } from "zod";
import { isAcceptedMonth, isAcceptedYear } from "@/lib/time";

export const calendarKinds = ["mission", "delegation", "event"] as const;
export type CalendarKind = (typeof calendarKinds)[number];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalId = z.preprocess(first, z.string().max(64).optional()).catch(undefined);

/**
 * The month view's "go to" form sends a year and a month number (`year=2016&m=03`): they name the
 * month when no `month` is given. A plain GET form cannot join two selects into one value.
 */
function joinMonthOfYear(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const query = raw as Record<string, unknown>;
  const year = first(query.year);
  const monthNumber = first(query.m);
  if (query.month !== undefined || typeof year !== "string" || typeof monthNumber !== "string") return raw;
  return /^\d{4}$/.test(year) && /^(0[1-9]|1[0-2])$/.test(monthNumber)
    ? { ...query, month: `${year}-${monthNumber}` }
    : raw;
}

export function calendarParamsSchema(today: string) {
  return z.preprocess(joinMonthOfYear, calendarFields(today));
}

function calendarFields(today: string) {
  return z.object({
    view: z.preprocess(first, z.enum(["month", "timeline"])).catch("month"),
    // Months and years of the accepted range only (lib/time.ts): a month of year zero once made the
    // grid run for nineteen centuries and the server run out of memory.
    month: z.preprocess(first, z.string().refine(isAcceptedMonth)).catch(today.slice(0, 7)),
    year: z
      .preprocess(first, z.string().regex(/^\d{4}$/))
      .transform(Number)
      .refine(isAcceptedYear)
      .catch(Number(today.slice(0, 4))),
    kind: z.preprocess(first, z.enum(calendarKinds).optional()).catch(undefined),
    sector: optionalId,
    partner: optionalId,
  });
}

export type CalendarParams = z.output<ReturnType<typeof calendarFields>>;
