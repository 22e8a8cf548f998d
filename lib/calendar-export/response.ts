// How calendar files leave the server. Pure.

/**
 * A text/calendar answer. `filename` makes it a download (per-record files); feeds have none.
 * The name is ASCII only, so every browser saves it as is.
 */
export function calendarResponse(body: string, options: { cacheControl: string; filename?: string }): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": options.cacheControl,
      "X-Content-Type-Options": "nosniff",
      ...(options.filename ? { "Content-Disposition": `attachment; filename="${options.filename}"` } : {}),
    },
  });
}

/** The same answer whether the record or feed does not exist or is not the caller's: nothing leaks. */
export function calendarNotFound(): Response {
  return new Response("Not found\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** "Mission à Saint-Pétersbourg, 2015" → "mission-a-saint-petersbourg-2015.ics" (at most 80 characters). */
export function calendarFilename(kind: string, title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug.startsWith(kind) ? slug : `${kind}${slug ? `-${slug}` : ""}`}.ics`;
}
