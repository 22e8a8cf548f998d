// What a searchable picker asks the server for (GET /api/options/<kind>?q=…&limit=…). No server
// imports: the browser builds its URLs from here and the route parses them with the same rules.

/** The records a picker can search; each has its own route (and its own row in the authorization matrix). */
export const optionKinds = ["partners", "destinations", "missions", "delegations", "events"] as const;
export type OptionKind = (typeof optionKinds)[number];

/**
 * One choice: the id a form or filter stores, the label a person reads, an optional hint (a date),
 * and for destinations their country (a delegation's origin fills its country in).
 */
export type PickerOption = { id: string; label: string; hint?: string; countryCode?: string };

export const defaultOptionLimit = 20;
export const maxOptionLimit = 50;
const maxQueryLength = 100;

export type OptionQuery = { q: string; limit: number };

/** `q` trimmed and bounded; `limit` an integer from 1 to 50 (20 when missing or unusable). */
export function parseOptionQuery(search: URLSearchParams): OptionQuery {
  const q = (search.get("q") ?? "").trim().slice(0, maxQueryLength);
  const requested = Number(search.get("limit") ?? defaultOptionLimit);
  const limit =
    Number.isInteger(requested) && requested >= 1 ? Math.min(requested, maxOptionLimit) : defaultOptionLimit;
  return { q, limit };
}

export function optionSearchUrl(kind: OptionKind, q: string, limit: number = defaultOptionLimit): string {
  return `/api/options/${kind}?${new URLSearchParams({ q, limit: String(limit) }).toString()}`;
}
