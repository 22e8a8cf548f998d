import { restoreRecord } from "@/lib/api/resource-handlers";

export const dynamic = "force-dynamic";
export const POST = restoreRecord;
