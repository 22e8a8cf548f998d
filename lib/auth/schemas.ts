// Shared by forms and actions: no server imports. Messages are keys under "validation".
import { z } from "zod";

export const passwordMinLength = 12;
export const passwordMaxLength = 128;

export const roles = ["ADMIN", "STAFF", "MANAGER", "PARTNER"] as const;
export type Role = (typeof roles)[number];

export const newPasswordSchema = z
  .string({ error: "required" })
  .min(passwordMinLength, { error: "passwordTooShort" })
  .max(passwordMaxLength, { error: "passwordTooLong" });

export const emailSchema = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
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
