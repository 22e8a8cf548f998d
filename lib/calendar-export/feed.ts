import "server-only";
import { DomainError } from "@/lib/action-result";
import { consumeRateLimit } from "@/lib/api/rate-limit";
import { hashSecret, secretPrefixes } from "@/lib/api/token-issuer";
import { findTokenUser } from "@/lib/api/tokens";
import { getEnv } from "@/lib/env";
import { calendarText } from "./calendar-text";
import { delegationEntry, eventEntry, missionEntry } from "./entries";
import { feedWindow } from "./feed-window";
import { buildCalendar } from "./ics";
import { listFeedRecords } from "./queries";
import { calendarNotFound, calendarResponse } from "./response";
import { calendarSite } from "./site";

// GET /api/calendar/<secret>(.ics): a user's personal feed. The secret is the only credential (a
// calendar app sends no cookie), so an unknown or revoked secret, or a deactivated user, gets the
// same 404 as a mistyped address.

/** Calendar apps poll every few minutes at most; a short private cache spares repeated reads. */
const feedCacheControl = "private, max-age=300";

export async function calendarFeedResponse(presented: string, now = new Date()): Promise<Response> {
  const secret = presented.endsWith(".ics") ? presented.slice(0, -".ics".length) : presented;
  // Cheap refusal of what cannot be a feed secret, before any database work.
  if (!secret.startsWith(secretPrefixes.CALENDAR_FEED) || secret.length > 200) return calendarNotFound();
  // Counted per feed, not per address: calendar services fetch many users' feeds from a few addresses.
  const limit = getEnv().API_RATE_LIMIT_PER_MINUTE;
  const budget = await consumeRateLimit(`calendar-feed:${hashSecret(secret)}`, limit, now);
  if (!budget.allowed) {
    return new Response(`More than ${limit} requests in a minute: wait before trying again.\n`, {
      status: 429,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Retry-After": String(budget.retryAfterSeconds),
        "Cache-Control": "no-store",
      },
    });
  }
  const user = await findTokenUser(secret, "CALENDAR_FEED", now);
  if (!user) return calendarNotFound();
  let records;
  try {
    records = await listFeedRecords(user, feedWindow(now));
  } catch (error) {
    // A partner account without an organisation reads nothing (partnerScope): no feed either.
    if (error instanceof DomainError) return calendarNotFound();
    throw error;
  }
  const context = { ...calendarSite(), text: await calendarText(user.locale) };
  const body = buildCalendar({
    name: context.text.feedName,
    stampedAt: now,
    refreshInterval: "PT1H",
    entries: [
      ...records.missions.map((mission) => missionEntry(mission, context)),
      ...records.delegations.map((delegation) => delegationEntry(delegation, context)),
      ...records.events.map((event) => eventEntry(event, context)),
    ],
  });
  return calendarResponse(body, { cacheControl: feedCacheControl });
}
