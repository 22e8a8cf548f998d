import "server-only";
import { namesOfIds } from "./record-names";
import type { AppLocale } from "@/lib/i18n/config";
import { timeZone } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

// The audit log as a manager reads it (issue 21): each change named with the label its form
// shows, its values as the forms show them — amounts in euros, days and instants in the reader's
// convention, statuses and kinds by their names, linked records by their names, never an id.
// The log itself keeps what the data layer wrote (lib/audit.ts); only its reading changes.

export type ChangeLine = { field: string; before: string; after: string };

/** Where each kind of record keeps its form's labels, most specific first; "audit.fields" comes last for all. */
const labelPlaces: Record<string, string[]> = {
  Mission: ["missions.fields"],
  MissionTraveller: ["missions.travellers.fields"],
  MissionCost: ["missions.costs.fields"],
  MissionFollowUp: ["missions.followUps.fields"],
  Delegation: ["delegations.fields"],
  InternationalEvent: ["events.fields"],
  Agreement: ["agreements"],
  Town: ["towns.fields"],
  Partner: ["partners.fields"],
  Destination: ["reference.destinations.fields"],
  Sector: ["reference.codeLists.fields"],
  Objective: ["reference.codeLists.fields"],
  PriorityPeriod: ["reference.periods.fields"],
  AllowanceRate: ["reference.allowanceRates.fields"],
  MissionOrderRule: ["reference.missionOrders.fields"],
  JointAction: ["jointActions.fields", "jointActions"],
  User: ["users"],
};

/** The lists of coded values (statuses, kinds, roles…) a code may be named in, within an area's messages. */
const codeLists = ["statuses", "kinds", "categories", "partnerRoles", "participantKinds", "agreementKinds", "verdicts"];

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const codePattern = /^[A-Z][A-Z0-9_]*$/;
/** The ids the app makes (cuid) and the demo's ("c" and 24 hex digits). */
const idPattern = /^c[a-z0-9]{20,31}$/;
const longestShown = 200;

type Messages = Record<string, unknown>;

function messageAt(messages: Messages, path: string): string | null {
  let node: unknown = messages;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return null;
    node = (node as Record<string, unknown>)[part];
  }
  // A message with arguments is a sentence, not a label.
  return typeof node === "string" && !node.includes("{") ? node : null;
}

/** Every string in a change's values, to find the ids among them. */
function valuesOf(changes: unknown): unknown[] {
  if (!changes || typeof changes !== "object") return [];
  return Object.values(changes as Record<string, unknown>).flatMap((change) => {
    if (change === null || typeof change !== "object" || !("before" in change)) return [change];
    const { before, after } = change as { before: unknown; after: unknown };
    return [before, after];
  });
}

/** The change lines of each entry, in the reader's language; an entry without changes has none. */
export async function readableChanges(
  entries: readonly { entityType: string; changes: unknown }[],
  locale: AppLocale,
): Promise<ChangeLine[][]> {
  const messages = await loadMessages(locale);
  const ids = [
    ...new Set(
      entries
        .flatMap((entry) => valuesOf(entry.changes))
        .flatMap((value) => (Array.isArray(value) ? value : [value]))
        .filter((value): value is string => typeof value === "string" && idPattern.test(value)),
    ),
  ];
  const names = await namesOfIds(ids);
  const tag = locale === "en" ? "en-GB" : "fr-FR";
  const euros = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR" });
  const numbers = new Intl.NumberFormat(tag);
  const days = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const instants = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone });
  const none = messageAt(messages, "audit.values.none") ?? "—";

  return entries.map(({ entityType, changes }) => {
    if (!changes || typeof changes !== "object") return [];
    const places = [...(labelPlaces[entityType] ?? []), "audit.fields"];
    const areaRoots = places.map((place) => place.replace(/\.fields$/, ""));
    const label = (key: string) => {
      const bare = key.replace(/(Cents|Ids|Id)$/, "");
      for (const candidate of [key, bare])
        for (const place of places) {
          const found = messageAt(messages, `${place}.${candidate}`);
          if (found) return found;
        }
      return key;
    };
    const code = (key: string, value: string) => {
      const lists = [...codeLists, `${key}s`, key];
      for (const root of areaRoots)
        for (const list of lists) {
          const found = messageAt(messages, `${root}.${list}.${value}`);
          if (found) return found;
        }
      return messageAt(messages, `roles.${value}`) ?? value;
    };
    const show = (key: string, value: unknown): string => {
      if (value === null || value === undefined || value === "") return none;
      if (Array.isArray(value)) return value.length === 0 ? none : value.map((item) => show(key, item)).join(", ");
      if (typeof value === "boolean")
        return messageAt(messages, `audit.values.${value ? "yes" : "no"}`) ?? String(value);
      if (typeof value === "number") return key.endsWith("Cents") ? euros.format(value / 100) : numbers.format(value);
      if (typeof value !== "string") return JSON.stringify(value);
      if (idPattern.test(value)) return names.get(value) ?? messageAt(messages, "audit.values.deleted") ?? value;
      if (dayPattern.test(value)) return days.format(new Date(`${value}T00:00:00Z`));
      if (instantPattern.test(value)) return instants.format(new Date(value));
      if (codePattern.test(value)) return code(key, value);
      return value.length > longestShown ? `${value.slice(0, longestShown)}…` : value;
    };
    return Object.entries(changes as Record<string, unknown>).map(([key, change]) => {
      const isPair = change !== null && typeof change === "object" && "before" in change && "after" in change;
      const { before, after } = isPair
        ? (change as { before: unknown; after: unknown })
        : { before: null, after: change };
      return { field: label(key), before: show(key, before), after: show(key, after) };
    });
  });
}
