// Archiving (a soft delete: the record leaves lists and figures) and restoring, at the version
// the user saw: one form for every area. No server imports.
import { z } from "zod";

export const archiveSchema = z.object({
  id: z.string({ error: "invalid" }).trim().min(1, { error: "invalid" }).max(64, { error: "invalid" }),
  version: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }),
  archived: z.enum(["true", "false"], { error: "invalid" }).transform((value) => value === "true"),
});

export type ArchiveInput = z.output<typeof archiveSchema>;
