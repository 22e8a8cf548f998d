import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";
import { unstorableTextGuard } from "@/lib/unstorable-text";

// One Prisma client per process. In development Next reloads modules on every change, so the
// client is kept on globalThis to avoid opening a new pool each time.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

function getClient(): PrismaClient {
  if (globalForDb.db) return globalForDb.db;
  const env = getEnv();
  // The guard only intercepts queries: the extended client has the same methods, hence the cast.
  globalForDb.db = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE).$extends(
    unstorableTextGuard,
  ) as unknown as PrismaClient;
  return globalForDb.db;
}

/**
 * The app's Prisma client, created on first use: `next build` loads route modules without a
 * database, so nothing here may read the configuration at import time.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
