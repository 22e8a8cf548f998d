import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The years among these whose figures are published (closed and not reopened): their joint actions may not change. */
export async function loadClosedYears(
  client: Prisma.TransactionClient,
  years: readonly number[],
): Promise<Set<number>> {
  const closures = await client.yearClosure.findMany({
    where: { year: { in: [...new Set(years)] }, reopenedAt: null },
    select: { year: true },
  });
  return new Set(closures.map((closure) => closure.year));
}
