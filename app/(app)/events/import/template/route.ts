import { importTemplateRoute } from "@/lib/spreadsheets/http/import-routes";

/** GET /events/import/template?format=csv|xlsx — the import's template in the reader's language. */
export const GET = importTemplateRoute("events");
