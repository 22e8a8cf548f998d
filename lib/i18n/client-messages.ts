// The messages client components read, and only those, go to the browser. NextIntlClientProvider
// serialises what it is given into every page's payload: every message of the app was about 57 kB
// of each page, rendered on every request (issue 9). Server components read all messages on the
// server and send only their output.
//
// One entry per namespace a client component passes to useTranslations ("missions" covers
// "missions.statuses"). client-messages.test.ts reads the source and fails when a component that
// can run in the browser reads a namespace not covered here.
export const clientMessageNamespaces = [
  "account", "agreements", "audit", "conflict", "dashboard.closure", "dataTable", "delegations", "error", "events", "integrations",
  "jointActions", "missions", "nav", "partners", "records", "reference.archiveFilter", "reference.codeLists", "reference.destinations",
  "reference.partners", "reference.periods", "roles", "signIn", "spreadsheets.import", "towns", "users",
] as const;

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

/** True when a namespace read by useTranslations is covered by an entry of the list. */
export const isClientNamespace = (namespace: string) =>
  clientMessageNamespaces.some((entry) => namespace === entry || namespace.startsWith(`${entry}.`));
