import { exportRoute } from "@/lib/spreadsheets/http/export-route";

/** GET /admin/users/export?<the list's filters>&format=csv|xlsx — the filtered list as a spreadsheet (ADMIN). */
export const GET = exportRoute("users");
