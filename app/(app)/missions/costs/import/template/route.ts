import { importTemplateRoute } from "@/lib/spreadsheets/http/import-routes";

/** GET /missions/costs/import/template?format=csv|xlsx — the import's template in the reader's language. */
export const GET = importTemplateRoute("mission-costs");
