import { exportRoute } from "@/lib/spreadsheets/http/export-route";

/** GET /admin/audit/export?<the list's filters>&format=csv|xlsx — the filtered list as a spreadsheet (ADMIN). */
export const GET = exportRoute("audit");
