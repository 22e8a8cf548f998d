// Shared by the user forms and their actions: no server imports. Messages are keys under "validation".
import { z } from "zod";
import { emailSchema, roles } from "@/lib/auth/schemas";
import { maxUserNameLength } from "@/lib/auth/limits";

const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" });
const optionalId = z
  .string()
  .trim()
  .max(64, { error: "invalid" })
  .transform((value) => (value === "" ? null : value));

export const createUserSchema = z.object({
  email: emailSchema,
  name: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(maxUserNameLength, { error: "tooLong" }),
  role: z.enum(roles, { error: "invalidChoice" }),
  partnerId: optionalId,
});

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(roles, { error: "invalidChoice" }),
  partnerId: optionalId,
  version,
});

export const setActiveSchema = z.object({
  userId: z.string().min(1).max(64),
  isActive: z.enum(["true", "false"]).transform((value) => value === "true"),
  version,
});

export const resetPasswordSchema = z.object({ userId: z.string().min(1).max(64), version });

export const endSessionsSchema = z.object({ userId: z.string().min(1).max(64) });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
export type SetActiveInput = z.infer<typeof setActiveSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
