import { importTemplateRoute } from "@/lib/spreadsheets/http/import-routes";

/** GET /joint-actions/import/template?format=csv|xlsx — the import's template in the reader's language. */
export const GET = importTemplateRoute("joint-actions");
