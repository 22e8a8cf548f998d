import "server-only";
import { db } from "@/lib/db";

/** True when the database answers; used by load balancers and the test server's readiness check. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
