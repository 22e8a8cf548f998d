import { isDatabaseReachable } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

/** Liveness and readiness in one: 200 when the app can reach its database, 503 otherwise. */
export async function GET() {
  const isReady = await isDatabaseReachable();
  return Response.json({ status: isReady ? "ok" : "unavailable" }, { status: isReady ? 200 : 503 });
}
