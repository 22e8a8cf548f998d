// Shared by forms and actions: no server imports. Messages are keys under "validation".
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { maxEmailLength, passwordMaxLength, passwordMinLength } from "./limits";

export { passwordMaxLength, passwordMinLength };

/** The roles, as the database knows them; what each may do is lib/policy.ts. */
export const roles = Object.values(Role) as [Role, ...Role[]];
export type { Role };

export const newPasswordSchema = z
  .string({ error: "required" })
  .min(passwordMinLength, { error: "passwordTooShort" })
  .max(passwordMaxLength, { error: "passwordTooLong" });

export const emailSchema = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(maxEmailLength, { error: "tooLong" })
  .pipe(z.email({ error: "invalidEmail" }));

export const signInSchema = z.object({
  email: emailSchema,
  // Not the policy: an old password may predate it. Only bounded, so a huge input cannot be hashed.
  password: z.string().min(1).max(passwordMaxLength),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "required" })
      .min(1, { error: "required" })
      .max(passwordMaxLength, { error: "tooLong" }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "required" }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    error: "passwordsDiffer",
    path: ["confirmPassword"],
  });

export const localeSchema = z.enum(["fr", "en"], { error: "invalidChoice" });
