import { archiveRecord, getRecord, updateRecord } from "@/lib/api/resource-handlers";

// GET /api/v1/<resource>/<id>; PUT: replace at a version; DELETE: archive at a version.
export const dynamic = "force-dynamic";
export const GET = getRecord;
export const PUT = updateRecord;
export const DELETE = archiveRecord;
