import { getCurrentUser } from "@/lib/auth";
import { recordCalendarResponse } from "@/lib/calendar-export/record-download";

/** The mission as an .ics file for the signed-in user; "not found" when they may not read it. */
export async function GET(_request: Request, { params }: RouteContext<"/missions/[id]/calendar.ics">) {
  return recordCalendarResponse(await getCurrentUser(), "mission", (await params).id);
}
