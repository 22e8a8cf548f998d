import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// Brute-force protection, kept in PostgreSQL so every app instance sees the same counts.
// A lock starts with the Nth failure within the window and lasts a fixed time from then; attempts
// refused during a lock are recorded but do not count as failures, so they do not extend it.

export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

const minutes = (count: number) => count * 60_000;

export const accountRule: ThrottleRule = { maxFailures: 10, windowMs: minutes(15), lockMs: minutes(15) };
/** Per client address: generous, so one office behind one address is not locked out by a typo. */
export const clientRule: ThrottleRule = { maxFailures: 50, windowMs: minutes(15), lockMs: minutes(15) };

/**
 * When the lock ends, or null when not locked. `failures` are the most recent failure times since
 * the last success, newest first (at least rule.maxFailures of them when there are that many).
 */
export function lockedUntil(failures: Date[], rule: ThrottleRule, now: Date): Date | null {
  const newest = failures[0];
  const nth = failures[rule.maxFailures - 1];
  if (!newest || !nth) return null;
  if (newest.getTime() - nth.getTime() > rule.windowMs) return null;
  const until = new Date(newest.getTime() + rule.lockMs);
  return until > now ? until : null;
}

type Key = { email: string } | { clientIp: string };

async function recentFailures(tx: Prisma.TransactionClient, key: Key, rule: ThrottleRule, now: Date): Promise<Date[]> {
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { ...key, outcome: "SUCCESS" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = new Date(Math.max(lastSuccess?.createdAt.getTime() ?? 0, now.getTime() - rule.windowMs - rule.lockMs));
  const failures = await tx.signInAttempt.findMany({
    where: { ...key, outcome: "FAILURE", createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: rule.maxFailures,
    select: { createdAt: true },
  });
  return failures.map((failure) => failure.createdAt);
}

export type LockState = { scope: "account" | "client"; until: Date } | null;

export async function getLock(
  tx: Prisma.TransactionClient,
  email: string,
  clientIp: string,
  now: Date,
): Promise<LockState> {
  const accountUntil = lockedUntil(await recentFailures(tx, { email }, accountRule, now), accountRule, now);
  if (accountUntil) return { scope: "account", until: accountUntil };
  const clientUntil = lockedUntil(await recentFailures(tx, { clientIp }, clientRule, now), clientRule, now);
  return clientUntil ? { scope: "client", until: clientUntil } : null;
}
