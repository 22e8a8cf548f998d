"use server";

import { formAction } from "@/lib/actions/form-action";
import { readFormWithLists } from "@/lib/actions/form-input";
import { archiveSchema } from "@/lib/records/archive";
import { changeDelegationStatus, createDelegation, setDelegationArchived, updateDelegation } from "./mutations";
import {
  changeDelegationStatusSchema,
  createDelegationSchema,
  delegationListFields,
  updateDelegationSchema,
} from "./schemas";

// The delegation forms' actions (lib/actions/form-action.ts). Saving a form goes to the delegation.

const readDelegationForm = readFormWithLists(delegationListFields);
const messages = "delegations.validation";
const revalidate = [{ path: "/delegations", type: "layout" }] as const;

export const createDelegationAction = formAction({
  caller: "records.edit",
  read: readDelegationForm,
  schema: createDelegationSchema,
  messages,
  run: createDelegation,
  revalidate: ["/delegations"],
  redirectTo: ({ id }) => `/delegations/${id}`,
});

export const updateDelegationAction = formAction({
  caller: "records.edit",
  read: readDelegationForm,
  schema: updateDelegationSchema,
  messages,
  run: updateDelegation,
  revalidate,
  redirectTo: (_data, input) => `/delegations/${input.id}`,
});

export const changeDelegationStatusAction = formAction({
  caller: "records.edit",
  schema: changeDelegationStatusSchema,
  messages,
  run: changeDelegationStatus,
  revalidate,
});

export const setDelegationArchivedAction = formAction({
  caller: "records.edit",
  schema: archiveSchema,
  run: setDelegationArchived,
  revalidate,
});
