import { getCurrentUser } from "@/lib/auth";
import { recordCalendarResponse } from "@/lib/calendar-export/record-download";

/** The delegation as an .ics file for the signed-in user; "not found" when they may not read it. */
export async function GET(_request: Request, { params }: RouteContext<"/delegations/[id]/calendar.ics">) {
  return recordCalendarResponse(await getCurrentUser(), "delegation", (await params).id);
}
