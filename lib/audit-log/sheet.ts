// The audit log's export columns (ADMIN only, as the page). No server imports.
import type { AuditRow } from "@/lib/audit-log/queries";
import type { ColumnDef } from "@/lib/spreadsheets/columns";

/**
 * "user.create" → its label under audit.actions ("user_create"); a record's "<area>.<verb>" → the
 * verb, as the page reads it (the record type is in its own column); otherwise the action itself.
 */
function actionLabel(action: string, t: { has(key: string): boolean; t(key: string): string }): string {
  const key = `audit.actions.${action.replace(/\./g, "_")}`;
  if (t.has(key)) return t.t(key);
  const verb = `audit.verbs.${action.split(".")[1] ?? ""}`;
  return t.has(verb) ? t.t(verb) : action;
}

export const auditColumns: ColumnDef<AuditRow>[] = [
  { key: "createdAt", kind: "dateTime", write: (r) => ({ instant: r.createdAt }) },
  { key: "actor", kind: "text", write: (r) => [r.actorName, r.actorEmail].filter(Boolean).join(" — ") || null },
  { key: "action", kind: "text", write: (r, { t }) => actionLabel(r.action, t) },
  {
    key: "entityType",
    kind: "text",
    write: (r, { t }) =>
      t.has(`audit.entityTypes.${r.entityType}`) ? t.t(`audit.entityTypes.${r.entityType}`) : r.entityType,
  },
  { key: "record", kind: "text", write: (r) => r.entityLabel ?? r.entityId },
  {
    key: "changes",
    kind: "text",
    // French puts a space before the colon; both read "Field: before → after".
    write: (r, { locale }) =>
      r.changeLines
        .map((line) => `${line.field}${locale === "fr" ? " :" : ":"} ${line.before} → ${line.after}`)
        .join("; ") || null,
  },
  { key: "clientIp", kind: "text", write: (r) => r.clientIp },
];
