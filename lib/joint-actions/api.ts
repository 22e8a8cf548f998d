import "server-only";
import { parseWithAreaSchema } from "@/lib/api/input";
import { defineResource } from "@/lib/api/resource";
import { jointActionListSchema } from "@/lib/joint-actions/list-params";
import { createJointAction, setJointActionArchived, updateJointAction } from "@/lib/joint-actions/mutations";
import { canEditJointActions, getJointAction, listJointActions } from "@/lib/joint-actions/queries";
import { createJointActionSchema, updateJointActionSchema } from "@/lib/joint-actions/schemas";
import {
  jointActionBody,
  jointActionFormValues,
  jointActionItem,
  jointActionListItem,
  toJointActionItem,
  toJointActionListItem,
} from "@/lib/joint-actions/api-json";

// /api/v1/joint-actions: actions logged by the partner organisations. Unlike the other records,
// partner users write too, for their own organisation only: the mutations decide which
// organisation an action belongs to and answer "not found" for another's. Managers read only.

export const jointActionsResource = defineResource({
  name: "joint-actions",
  title: "Joint actions",
  description:
    "Actions logged by the partner organisations (promotion, investor meetings, B2B meetings, press…), with the mission, delegation, " +
    "event, city and objective they relate to and their contacts and investor leads. Partner users read and write their own " +
    "organisation's; actions of a closed year cannot change. The app's \"similar records\" prompt is a screen aid: the API saves directly.",
  listQuery: jointActionListSchema,
  listItem: jointActionListItem,
  item: jointActionItem,
  list: async (user, params) => {
    const { rows, total } = await listJointActions(user, params);
    return { rows: rows.map(toJointActionListItem), total };
  },
  get: async (user, id) => {
    const action = await getJointAction(user, id);
    return action ? toJointActionItem(action) : null;
  },
  canWrite: canEditJointActions,
  body: jointActionBody,
  create: (user, body) =>
    createJointAction(user, parseWithAreaSchema(createJointActionSchema, jointActionFormValues(body))),
  update: (user, id, version, body) =>
    updateJointAction(
      user,
      parseWithAreaSchema(updateJointActionSchema, { ...jointActionFormValues(body), id, version }),
    ),
  archive: (user, id, version) => setJointActionArchived(user, { id, version, archived: true }),
  restore: (user, id, version) => setJointActionArchived(user, { id, version, archived: false }),
});
