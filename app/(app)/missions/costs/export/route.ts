import { exportRoute } from "@/lib/spreadsheets/http/export-route";

/** GET /missions/costs/export?<the missions list's filters>&format=csv|xlsx — the mission cost lines of the filtered missions. */
export const GET = exportRoute("mission-costs");
