import { optionRoute } from "@/lib/reference/option-route";

/** GET /api/options/delegations?q=…&limit=… — matches for a searchable picker (lib/reference/option-route.ts). */
export const GET = optionRoute("delegations");
