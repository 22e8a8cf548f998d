import { exportRoute } from "@/lib/spreadsheets/http/export-route";

/** GET /admin/reference/allowance-rates/export?<the list's filters>&format=csv|xlsx — the filtered list as a spreadsheet. */
export const GET = exportRoute("allowanceRates");
