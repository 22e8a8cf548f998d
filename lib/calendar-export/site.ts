import "server-only";
import { getEnv } from "@/lib/env";

/** The app's public address (NEXTAUTH_URL) for links in calendar files, and its host name for UIDs. */
export function calendarSite(): { baseUrl: string; host: string } {
  const url = new URL(getEnv().NEXTAUTH_URL);
  return { baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, "")}`, host: url.hostname };
}

/** The address a calendar app subscribes to. The .ics ending helps apps that judge by the name. */
export function calendarFeedUrl(secret: string): string {
  return `${calendarSite().baseUrl}/api/calendar/${secret}.ics`;
}
