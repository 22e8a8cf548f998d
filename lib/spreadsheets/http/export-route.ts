import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ExportAreaName } from "../export/definitions";
import { exportList } from "../export/run-export";
import { download, refusal, requestedFormat, signedInUser } from "./responses";

/**
 * GET /<list>/export?<the list's query string>&format=csv|xlsx — the list as the page shows it,
 * every page of it. The list function refuses a user the page would refuse (403).
 */
export function exportRoute(area: ExportAreaName) {
  return async function GET(request: Request): Promise<Response> {
    const caller = await signedInUser();
    if ("response" in caller) return caller.response;
    const url = new URL(request.url);
    const format = requestedFormat(url);
    if (!format) return new Response("format=csv or format=xlsx", { status: 400 });
    const params: Record<string, string> = {};
    for (const [key, value] of url.searchParams) if (key !== "format" && !(key in params)) params[key] = value;
    try {
      return download(await exportList(area, caller.user, params, format));
    } catch (error) {
      if (error instanceof DomainError && error.code === "forbidden") return refusal(403, "forbidden", caller.user);
      throw error;
    }
  };
}
