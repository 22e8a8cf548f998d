import { getWorldOutlinesSvg } from "@/lib/dashboard/world-map";

// GET /dashboard/world-map.svg — the countries' outlines the dashboard's map draws its places on.
// Public geography, the same for everyone: written once at build time and kept by browsers for a
// year (the page asks for it with a content version, lib/dashboard/world-map.ts), instead of
// 177 outlines inline in every dashboard's HTML and RSC payload (docs/decisions/011-benchmark.md).
export const dynamic = "force-static";

export function GET() {
  return new Response(getWorldOutlinesSvg(), {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
