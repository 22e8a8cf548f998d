import "server-only";
import { db } from "@/lib/db";

// Fixed one-minute windows counted in PostgreSQL, so every app instance enforces the same limit.
// One statement per request: an upsert that returns the window's count.

const windowMs = 60_000;

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function consumeRateLimit(
  key: string,
  limitPerMinute: number,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  // Old windows are useless: the first request of each window clears them.
  if (row?.count === 1)
    await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(windowStart.getTime() - windowMs) } } });
  if ((row?.count ?? 0) <= limitPerMinute) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)),
  };
}
