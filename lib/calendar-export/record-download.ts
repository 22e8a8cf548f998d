import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { getDelegation } from "@/lib/delegations/queries";
import { getEvent } from "@/lib/events/queries";
import { getMission } from "@/lib/missions/queries";
import { calendarText } from "./calendar-text";
import { delegationEntry, eventEntry, missionEntry, type CalendarContext, type CalendarRecordKind } from "./entries";
import { buildCalendar, type CalendarEntry } from "./ics";
import { calendarFilename, calendarNotFound, calendarResponse } from "./response";
import { calendarSite } from "./site";

// GET /<missions|delegations|events>/<id>/calendar.ics: one record as a calendar file. It reads the
// record with the area's own get function, so the rule is the detail page's: a record the user may
// not open is "not found" here too. Without a session: 401, like the dashboard's downloads.

async function entryFor(
  user: ActingUser,
  kind: CalendarRecordKind,
  id: string,
  context: CalendarContext,
): Promise<CalendarEntry | null> {
  if (kind === "mission") {
    const mission = await getMission(user, id);
    return mission && missionEntry(mission, context);
  }
  if (kind === "delegation") {
    const delegation = await getDelegation(user, id);
    return delegation && delegationEntry(delegation, context);
  }
  const event = await getEvent(user, id);
  return event && eventEntry(event, context);
}

export async function recordCalendarResponse(
  user: ActingUser | null,
  kind: CalendarRecordKind,
  id: string,
  now = new Date(),
): Promise<Response> {
  if (!user)
    return new Response("Sign in first.\n", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const context = { ...calendarSite(), text: await calendarText(user.locale) };
  let entry: CalendarEntry | null;
  try {
    entry = await entryFor(user, kind, id, context);
  } catch (error) {
    if (error instanceof DomainError) return calendarNotFound();
    throw error;
  }
  if (!entry) return calendarNotFound();
  const body = buildCalendar({ name: entry.title, stampedAt: now, entries: [entry] });
  return calendarResponse(body, { cacheControl: "private, no-store", filename: calendarFilename(kind, entry.title) });
}
