// Messages live in one file per area (messages/<locale>/<area>.json, each under its own top-level
// key) next to the shared ones (messages/<locale>.json), so areas can grow without touching each
// other's files. French is the reference: global.d.ts types every key against it.
import type { AppLocale } from "./config";

export const areaNamespaces = [
  "missions",
  "delegations",
  "events",
  "agreements",
  "towns",
  "reference",
  "calendar",
  "dashboard",
  "jointActions",
  "workspace",
  "apiReference",
  "integrations",
  "spreadsheets",
] as const;

export async function loadMessages(locale: AppLocale): Promise<Record<string, unknown>> {
  const [shared, ...areas] = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...areaNamespaces.map((namespace) => import(`../../messages/${locale}/${namespace}.json`)),
  ]);
  return Object.assign({}, shared.default, ...areas.map((area) => area.default));
}
