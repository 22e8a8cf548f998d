import { openApiDocument } from "@/lib/api/contract";

// The API's contract, public like any published specification (it holds no data).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "no-cache" } });
}
