import { exportRoute } from "@/lib/spreadsheets/http/export-route";

/** GET /missions/travellers/export?<the missions list's filters>&format=csv|xlsx — the mission travellers of the filtered missions. */
export const GET = exportRoute("mission-travellers");
