// Sectors and objectives: the two bilingual code lists ADMIN keeps (same columns, same form).
// No server imports. Messages are keys under "validation" or "reference.validation".
import { z } from "zod";
import { recordVersion, requiredId, requiredText } from "@/lib/records/form-fields";
import { maxCodeLength, maxNameLength } from "@/lib/records/fields";

export const codeListKinds = ["sector", "objective"] as const;
export type CodeListKind = (typeof codeListKinds)[number];

export const codeListEntrySchema = z.object({
  /** A stable identifier for exports and imports: capitals, digits, "_" or "-". */
  code: z
    .string({ error: "required" })
    .trim()
    .toUpperCase()
    .min(1, { error: "required" })
    .max(maxCodeLength, { error: "tooLong" })
    .regex(/^[A-Z0-9][A-Z0-9_-]*$/, { error: "codeFormat" }),
  nameFr: requiredText(maxNameLength),
  nameEn: requiredText(maxNameLength),
});

export const updateCodeListEntrySchema = codeListEntrySchema.extend({ id: requiredId, version: recordVersion });

export type CodeListEntryInput = z.output<typeof codeListEntrySchema>;
export type UpdateCodeListEntryInput = z.output<typeof updateCodeListEntrySchema>;
