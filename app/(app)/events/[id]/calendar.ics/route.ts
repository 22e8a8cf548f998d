import { getCurrentUser } from "@/lib/auth";
import { recordCalendarResponse } from "@/lib/calendar-export/record-download";

/** The event as an .ics file for the signed-in user; "not found" when they may not read it. */
export async function GET(_request: Request, { params }: RouteContext<"/events/[id]/calendar.ics">) {
  return recordCalendarResponse(await getCurrentUser(), "event", (await params).id);
}
