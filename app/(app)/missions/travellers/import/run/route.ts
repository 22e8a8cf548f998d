import { importRunRoute } from "@/lib/spreadsheets/http/import-routes";

/** POST /missions/travellers/import/run?mode=preview|commit — checks or imports the file sent as the body (NDJSON progress). */
export const POST = importRunRoute("mission-travellers");
