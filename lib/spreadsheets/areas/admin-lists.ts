// Export columns of the administration's users list and audit log (ADMIN only, as their pages).
// No server imports.
import type { AuditRow } from "@/lib/audit-log/queries";
import type { UserRow } from "@/lib/users/queries";
import type { ColumnDef } from "../columns";

export const userColumns: ColumnDef<UserRow>[] = [
  { key: "name", kind: "text", write: (r) => r.name },
  { key: "email", kind: "text", write: (r) => r.email },
  { key: "role", kind: "text", write: (r, { t }) => t.t(`roles.${r.role}`) },
  { key: "organisation", kind: "text", write: (r) => r.organisation },
  { key: "isActive", kind: "text", write: (r, { t }) => t.t(r.isActive ? "records.yes" : "records.no") },
  { key: "lastSignInAt", kind: "dateTime", write: (r) => (r.lastSignInAt ? { instant: r.lastSignInAt } : null) },
];

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
