import "server-only";
import { delegationFields } from "@/lib/delegations/fields";
import { bodyFormInput } from "@/lib/records/json-fields";
import { parseWithAreaSchema } from "@/lib/api/input";
import { defineResource } from "@/lib/api/resource";
import { delegationListSchema } from "@/lib/delegations/list-params";
import {
  changeDelegationStatus,
  createDelegation,
  setDelegationArchived,
  updateDelegation,
} from "@/lib/delegations/mutations";
import { canEditDelegations, getDelegation, listDelegations } from "@/lib/delegations/queries";
import {
  changeDelegationStatusSchema,
  createDelegationSchema,
  updateDelegationSchema,
} from "@/lib/delegations/schemas";
import {
  delegationBody,
  delegationItem,
  delegationListItem,
  delegationStatusBody,
  toDelegationItem,
  toDelegationListItem,
} from "@/lib/delegations/api-json";

// /api/v1/delegations: foreign delegations welcomed in Nice. Partner users read those their
// organisation is involved in (others are 404); ADMIN and STAFF write; the data layer checks and audits.

export const delegationsResource = defineResource({
  name: "delegations",
  title: "Delegations",
  description:
    "Foreign delegations welcomed in Nice: origin, arrival and departure (Europe/Paris), size, host, sectors, partners, programme. " +
    'Welcomed delegations that arrived in a year (Paris time) are that year\'s "delegations welcomed".',
  listQuery: delegationListSchema,
  listItem: delegationListItem,
  item: delegationItem,
  list: async (user, params) => {
    const { rows, total } = await listDelegations(user, params);
    return { rows: rows.map(toDelegationListItem), total };
  },
  get: async (user, id) => {
    const delegation = await getDelegation(user, id);
    return delegation ? toDelegationItem(delegation) : null;
  },
  canWrite: canEditDelegations,
  body: delegationBody,
  create: (user, body) =>
    createDelegation(user, parseWithAreaSchema(createDelegationSchema, bodyFormInput(delegationFields, body))),
  update: (user, id, version, body) =>
    updateDelegation(
      user,
      parseWithAreaSchema(updateDelegationSchema, { ...bodyFormInput(delegationFields, body), id, version }),
    ),
  archive: (user, id, version) => setDelegationArchived(user, { id, version, archived: true }),
  restore: (user, id, version) => setDelegationArchived(user, { id, version, archived: false }),
  statusBody: delegationStatusBody,
  changeStatus: (user, id, version, body) =>
    changeDelegationStatus(user, parseWithAreaSchema(changeDelegationStatusSchema, { ...body, id, version })),
});
