"use server";

import { formAction } from "@/lib/actions/form-action";
import { changeUserRole, createUser, endUserSessionsEverywhere, resetUserPassword, setUserActive } from "./mutations";
import { changeRoleSchema, createUserSchema, endSessionsSchema, resetPasswordSchema, setActiveSchema } from "./schemas";

// User administration (lib/actions/form-action.ts): the data layer checks again and audits.

const usersLayout = [{ path: "/admin/users", type: "layout" }] as const;

export const createUserAction = formAction({
  caller: "users.manage",
  schema: createUserSchema,
  run: createUser,
  revalidate: ["/admin/users"],
});

export const changeRoleAction = formAction({
  caller: "users.manage",
  schema: changeRoleSchema,
  run: changeUserRole,
  revalidate: usersLayout,
});

export const setActiveAction = formAction({
  caller: "users.manage",
  schema: setActiveSchema,
  run: setUserActive,
  revalidate: usersLayout,
});

export const resetPasswordAction = formAction({
  caller: "users.manage",
  schema: resetPasswordSchema,
  run: resetUserPassword,
  revalidate: usersLayout,
});

export const endSessionsAction = formAction({
  caller: "users.manage",
  schema: endSessionsSchema,
  run: endUserSessionsEverywhere,
  revalidate: usersLayout,
});
