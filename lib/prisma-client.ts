import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How every Prisma client of the project is built: the app's (lib/db.ts), the seed's and the
 * tests'. Kept free of "server-only" so scripts and vitest can import it.
 */
export function createPrismaClient(connectionString: string, poolSize: number): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize }),
    // A burst of saves larger than the pool waits for a free connection. Prisma's default wait (2 s)
    // turned 50 simultaneous saves of one mission into "Unable to start a transaction" errors
    // instead of conflicts on a busy machine (docs/reliability.md, tests/integration/reliability/).
    transactionOptions: { maxWait: 10_000 },
  });
}
