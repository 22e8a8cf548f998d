import { createRecord, listRecords } from "@/lib/api/resource-handlers";

// GET /api/v1/<resource>: one page of the list; POST: create. See lib/api/resources.
export const dynamic = "force-dynamic";
export const GET = listRecords;
export const POST = createRecord;
