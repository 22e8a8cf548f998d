// The messages client components read, and only those of the part of the app a page belongs to,
// go to the browser. NextIntlClientProvider serialises what it is given into every page's payload,
// where the server renders it to HTML too: every message of the app was about 57 kB of each page,
// every client namespace 29 kB; a bare Next.js page measured 6 ms of CPU more per request with
// them than with one namespace (decision 011). Server components read all messages on the server and
// send only their output.
//
// The root layout sends the shell's namespaces (what frames every page); each area's layout
// (components/i18n/area-messages.tsx) sends the shell's and its own. Entries are dotted paths:
// "missions" covers "missions.statuses". client-messages.test.ts follows the imports of every
// route file and fails when a client component reads a namespace its area does not send.

/** What the frame of every page reads: navigation, sign-out, the error page. */
export const shellMessageNamespaces = ["account", "error", "nav"] as const;

const recordArea = ["conflict", "dataTable", "records"] as const;

/**
 * Per area (the first folder of the URL, see messageAreaOf), what its client components read.
 * An area whose client components read only the shell's namespaces has no entry (and no layout).
 */
export const areaMessageNamespaces = {
  account: ["integrations"],
  admin: [
    ...recordArea,
    "audit",
    "reference.allowanceRates",
    "reference.missionOrders",
    "reference.codeLists",
    "reference.periods",
    "roles",
    "spreadsheets.import",
    "users",
  ],
  agreements: [...recordArea, "agreements"],
  calendar: ["records.picker"],
  dashboard: ["dashboard.closure"],
  delegations: [...recordArea, "delegations", "spreadsheets.import"],
  destinations: [...recordArea, "reference.destinations"],
  events: [...recordArea, "events", "spreadsheets.import"],
  "joint-actions": [...recordArea, "jointActions", "spreadsheets.import"],
  missions: [...recordArea, "missions", "spreadsheets.import"],
  partners: [...recordArea, "reference.partners", "partners"],
  "sign-in": ["signIn"],
  towns: [...recordArea, "spreadsheets.import", "towns"],
  workspace: [...recordArea, "missions.followUps"],
} as const satisfies Record<string, readonly string[]>;

export type MessageArea = keyof typeof areaMessageNamespaces;

/**
 * The message area of a route file (its path under app/): the first folder of its URL, or
 * "shell" for the files that frame every page (the root and signed-in layouts, error pages).
 */
export function messageAreaOf(routeFile: string): string {
  const folders = routeFile
    .split("/")
    .slice(0, -1)
    .filter((folder) => !/^\(.*\)$/.test(folder));
  return folders[0] ?? "shell";
}

/** The namespaces an area's pages send: the shell's and its own. */
export const areaClientNamespaces = (area: MessageArea): readonly string[] => [
  ...shellMessageNamespaces,
  ...areaMessageNamespaces[area],
];

/** True when `namespace` (as passed to useTranslations) is one of `entries` or below one. */
export const isCoveredBy = (namespace: string, entries: readonly string[]) =>
  entries.some((entry) => namespace === entry || namespace.startsWith(`${entry}.`));

type Messages = Record<string, unknown>;

/** The part of `messages` under each dotted path, keeping the paths' nesting. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = messages;
    let target = picked;
    keys.forEach((key, index) => {
      source = source !== null && typeof source === "object" ? (source as Messages)[key] : undefined;
      if (source === undefined) return;
      if (index === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Messages;
    });
  }
  return picked;
}
