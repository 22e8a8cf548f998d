import "server-only";
import { parseWithAreaSchema } from "@/lib/api/input";
import { defineResource } from "@/lib/api/resource";
import { can } from "@/lib/policy";
import { missionListSchema } from "@/lib/missions/list-params";
import {
  archiveMission,
  changeMissionStatus,
  createMission,
  restoreMission,
  updateMission,
} from "@/lib/missions/mutations";
import { listMissionSteps } from "@/lib/missions/approval-queries";
import { getMission, listMissions } from "@/lib/missions/queries";
import { listCosts } from "@/lib/missions/costs/queries";
import { getMissionFollowUps } from "@/lib/missions/follow-ups/queries";
import { listTravellers } from "@/lib/missions/travellers/queries";
import { changeMissionStatusSchema, createMissionSchema, updateMissionSchema } from "@/lib/missions/schemas";
import { missionBody, missionFormValues, missionStatusBody, parseMissionForm } from "@/lib/missions/api-body";
import { missionItem, missionListItem, toMissionItem, toMissionListItem } from "@/lib/missions/api-json";
import { getMissionOrderRule } from "@/lib/reference/mission-order-rule/queries";
import { getMissionAllowances } from "@/lib/missions/allowances/queries";

// /api/v1/missions: outbound missions abroad. Partner users read the missions their organisation
// takes part in (others are 404); ADMIN and STAFF write; the data layer checks and audits.

export const missionsResource = defineResource({
  name: "missions",
  title: "Missions",
  description:
    "Outbound missions abroad: dates, destinations, sectors, partners and what each contributes, participants, agenda, outcomes. " +
    'Completed missions that started in a year are that year\'s "missions carried out".',
  listQuery: missionListSchema,
  listItem: missionListItem,
  item: missionItem,
  list: async (user, params) => {
    const { rows, total } = await listMissions(user, params);
    return { rows: rows.map(toMissionListItem), total };
  },
  get: async (user, id) => {
    const [mission, travellers, steps, costs, followUps, orderRule, allowances] = await Promise.all([
      getMission(user, id),
      listTravellers(user, id),
      listMissionSteps(user, id),
      listCosts(user, id),
      getMissionFollowUps(user, id),
      getMissionOrderRule(),
      getMissionAllowances(user, id),
    ]);
    return mission
      ? toMissionItem(mission, {
          travellers,
          steps,
          costs,
          followUps: followUps ?? [],
          orderRule,
          allowances: allowances?.allowances ?? null,
        })
      : null;
  },
  canWrite: (user) => can(user, "records.edit"),
  body: missionBody,
  create: (user, body) =>
    createMission(user, parseMissionForm(createMissionSchema, missionFormValues(body)), {
      allowanceDays: body.allowanceDays,
    }),
  update: (user, id, version, body) =>
    updateMission(
      user,
      parseMissionForm(updateMissionSchema, { ...missionFormValues(body), id, version: String(version) }),
      { allowanceDays: body.allowanceDays },
    ),
  archive: (user, id, version) => archiveMission(user, { id, version }),
  restore: (user, id, version) => restoreMission(user, { id, version }),
  statusBody: missionStatusBody,
  changeStatus: (user, id, version, { comment, cancellationReason, ...body }) =>
    changeMissionStatus(
      user,
      // `cancellationReason` is the comment's earlier name, still taken (decision 015).
      parseWithAreaSchema(changeMissionStatusSchema, { ...body, comment: comment ?? cancellationReason, id, version }),
    ),
  canChangeStatus: (user) => can(user, "records.edit") || can(user, "missions.approve"),
});
