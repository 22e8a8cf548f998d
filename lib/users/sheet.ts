// The users list's export columns (ADMIN only, as the page). No server imports.
import { yesNo, type ColumnDef } from "@/lib/spreadsheets/columns";
import type { UserRow } from "@/lib/users/queries";

export const userColumns: ColumnDef<UserRow>[] = [
  { key: "name", kind: "text", write: (r) => r.name },
  { key: "email", kind: "text", write: (r) => r.email },
  { key: "role", kind: "text", write: (r, { t }) => t.t(`roles.${r.role}`) },
  { key: "organisation", kind: "text", write: (r) => r.organisation },
  { key: "isActive", kind: "text", write: (r, context) => yesNo(r.isActive, context) },
  { key: "lastSignInAt", kind: "dateTime", write: (r) => (r.lastSignInAt ? { instant: r.lastSignInAt } : null) },
];
