import { getFigures } from "@/lib/api/figures";

// GET /api/v1/figures?year=2016 or ?from=2014&to=2016: the dashboard's key figures. See lib/api/figures.ts.
export const dynamic = "force-dynamic";
export const GET = getFigures;
