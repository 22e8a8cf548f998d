import "server-only";
import { DomainError } from "@/lib/action-result";
import { getCurrentUser, type ActingUser } from "@/lib/auth";
import { searchDelegationOptions, searchEventOptions, searchMissionOptions } from "@/lib/records/option-search";
import { parseOptionQuery, type OptionKind, type OptionQuery, type PickerOption } from "@/lib/records/option-query";
import { searchDestinationOptions, searchPartnerOptions } from "./option-search";

const searches: Record<OptionKind, (actor: ActingUser, query: OptionQuery) => Promise<PickerOption[]>> = {
  partners: searchPartnerOptions,
  destinations: searchDestinationOptions,
  missions: searchMissionOptions,
  delegations: searchDelegationOptions,
  events: searchEventOptions,
};

// Every answer depends on who asks: no cache may keep one.
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * GET /api/options/<kind>?q=…&limit=… — `{ options: [{ id, label, hint? }] }` for a searchable
 * picker, from the session (the browser's own request). The search function applies the role and
 * partner scope; its refusal is a 403.
 */
export function optionRoute(kind: OptionKind) {
  return async function GET(request: Request): Promise<Response> {
    const user = await getCurrentUser();
    if (!user) return json({ error: "unauthenticated" }, 401);
    if (user.mustChangePassword) return json({ error: "forbidden" }, 403);
    try {
      return json({ options: await searches[kind](user, parseOptionQuery(new URL(request.url).searchParams)) });
    } catch (error) {
      if (error instanceof DomainError && error.code === "forbidden") return json({ error: "forbidden" }, 403);
      throw error;
    }
  };
}
