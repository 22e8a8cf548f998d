import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How every Prisma client of the project is built: the app's (lib/db.ts), the seed's and the
 * tests'. Kept free of "server-only" so scripts and vitest can import it.
 */
export function createPrismaClient(connectionString: string, poolSize: number): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}
