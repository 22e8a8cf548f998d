import "server-only";
import { cache } from "react";
import { type ActingUser, requireUser } from "@/lib/auth";

// A record page's tab says which record it is ("Mission Xiamen — …", not the area's name). The
// record is read once per request for the title and the page (React cache), by the signed-in
// user through the area's own query, so a title never names a record the page would not show.

/** The area's query of one record, read once per request. */
export function recordLoader<T>(read: (user: ActingUser, id: string) => Promise<T | null>) {
  return cache(async (id: string) => read(await requireUser(), id));
}

/** The page's metadata: the record's name, or the area's words when there is none to show. */
export function recordMetadata<T>(
  load: (id: string) => Promise<T | null>,
  nameOf: (record: T) => string | Promise<string>,
  fallback: () => Promise<string>,
) {
  return async ({ params }: { params: Promise<{ id: string }> }) => {
    // Not found or not allowed: the page itself answers; the tab keeps the area's words.
    const record = await load((await params).id).catch(() => null);
    return { title: record ? await nameOf(record) : await fallback() };
  };
}
