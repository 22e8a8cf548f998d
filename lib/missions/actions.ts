"use server";

import { formAction } from "@/lib/actions/form-action";
import { missionFormValues } from "./form-values";
import { archiveMission, changeMissionStatus, createMission, restoreMission, updateMission } from "./mutations";
import { changeMissionStatusSchema, createMissionSchema, missionVersionSchema, updateMissionSchema } from "./schemas";

// The mission forms' actions (lib/actions/form-action.ts). Saving a form goes to the mission.

const readMissionForm = (formData: FormData) => {
  const values = missionFormValues(formData);
  return { input: values, values };
};
const messages = "missions.validation";

export const createMissionAction = formAction({
  caller: "records.edit",
  read: readMissionForm,
  schema: createMissionSchema,
  messages,
  run: createMission,
  revalidate: ["/missions"],
  redirectTo: ({ id }) => `/missions/${id}`,
});

export const updateMissionAction = formAction({
  caller: "records.edit",
  read: readMissionForm,
  schema: updateMissionSchema,
  messages,
  run: updateMission,
  revalidate: [{ path: "/missions", type: "layout" }],
  redirectTo: (_data, input) => `/missions/${input.id}`,
});

export const changeMissionStatusAction = formAction({
  // Staff take their steps, a manager approves, returns and reopens (the mutation checks which).
  caller: ["records.edit", "missions.approve"],
  schema: changeMissionStatusSchema,
  messages,
  run: changeMissionStatus,
  revalidate: [{ path: "/missions", type: "layout" }],
});

export const archiveMissionAction = formAction({
  caller: "records.edit",
  schema: missionVersionSchema,
  run: archiveMission,
  revalidate: [{ path: "/missions", type: "layout" }],
});

export const restoreMissionAction = formAction({
  caller: "records.edit",
  schema: missionVersionSchema,
  run: restoreMission,
  revalidate: [{ path: "/missions", type: "layout" }],
});
