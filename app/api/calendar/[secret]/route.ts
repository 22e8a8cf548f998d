import { calendarFeedResponse } from "@/lib/calendar-export/feed";

// Public path (the proxy lets /api/ through): the secret in the address is the credential.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/calendar/[secret]">) {
  return calendarFeedResponse((await params).secret);
}
