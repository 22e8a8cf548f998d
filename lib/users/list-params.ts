// The URL state of the users list and of the audit log: shared by their pages and queries.
import { z } from "zod";
import { booleanFilter, createListParamsSchema, enumFilter } from "@/lib/list-params";
import { roles } from "@/lib/auth/schemas";
import { auditedRecordTypes } from "@/lib/audit-log/record-types";
import { isAcceptedDay } from "@/lib/time";

export { auditedRecordTypes };

export const userListSchema = createListParamsSchema({
  sortable: ["name", "email", "role", "lastSignInAt"],
  defaultSort: "name",
  filters: { role: enumFilter(roles), active: booleanFilter() },
});
export type UserListParams = z.output<typeof userListSchema>;

/** A day of the accepted years (lib/time.ts); anything else means "no bound". */
const isoDay = z
  .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().refine(isAcceptedDay).optional())
  .catch(undefined);

export const auditListSchema = createListParamsSchema({
  sortable: ["createdAt"],
  defaultSort: "createdAt",
  defaultDirection: "desc",
  filters: {
    actorId: z
      .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().max(64).optional())
      .catch(undefined),
    entityType: enumFilter(auditedRecordTypes),
    from: isoDay,
    to: isoDay,
  },
});
export type AuditListParams = z.output<typeof auditListSchema>;
