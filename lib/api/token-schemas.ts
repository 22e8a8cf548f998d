// Shared by the integrations page's forms and its server actions: no server imports. Messages are
// keys under "validation".
import { z } from "zod";

export const maxTokenNameLength = 100;

/** What the user calls a token or a feed, so they can tell them apart ("Site de la com", "Outlook"). */
export const createAccessTokenSchema = z.object({
  name: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(maxTokenNameLength, { error: "tooLong" }),
});

export const revokeAccessTokenSchema = z.object({
  id: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(100, { error: "invalid" }),
});
