// The audit log's export columns (ADMIN only, as the page). No server imports.
import type { AuditRow } from "@/lib/audit-log/queries";
import type { ColumnDef } from "@/lib/spreadsheets/columns";

/** "mission.create" → its label under audit.actions ("mission_create"), or the action itself. */
function actionLabel(action: string, t: { has(key: string): boolean; t(key: string): string }): string {
  const key = `audit.actions.${action.replace(/\./g, "_")}`;
  return t.has(key) ? t.t(key) : action;
}

export const auditColumns: ColumnDef<AuditRow>[] = [
  { key: "createdAt", kind: "dateTime", write: (r) => ({ instant: r.createdAt }) },
  { key: "actor", kind: "text", write: (r) => [r.actorName, r.actorEmail].filter(Boolean).join(" — ") || null },
  { key: "action", kind: "text", write: (r, { t }) => actionLabel(r.action, t) },
  { key: "entityType", kind: "text", write: (r) => r.entityType },
  { key: "record", kind: "text", write: (r) => r.entityLabel ?? r.entityId },
  {
    key: "changes",
    kind: "text",
    write: (r) => (r.changes === null || r.changes === undefined ? null : JSON.stringify(r.changes)),
  },
  { key: "clientIp", kind: "text", write: (r) => r.clientIp },
];
