// Sectors and objectives: the two bilingual code lists ADMIN keeps (same columns, same form).
// No server imports. Messages are keys under "validation" or "reference.validation".
import { z } from "zod";
import { idField, requiredText, versionField } from "@/lib/reference/schema-fields";

export const codeListKinds = ["sector", "objective"] as const;
export type CodeListKind = (typeof codeListKinds)[number];

export const codeListEntrySchema = z.object({
  /** A stable identifier for exports and imports: capitals, digits, "_" or "-". */
  code: z
    .string({ error: "required" })
    .trim()
    .toUpperCase()
    .min(1, { error: "required" })
    .max(40, { error: "tooLong" })
    .regex(/^[A-Z0-9][A-Z0-9_-]*$/, { error: "codeFormat" }),
  nameFr: requiredText(120),
  nameEn: requiredText(120),
});

export const updateCodeListEntrySchema = codeListEntrySchema.extend({ id: idField, version: versionField });

export type CodeListEntryInput = z.output<typeof codeListEntrySchema>;
export type UpdateCodeListEntryInput = z.output<typeof updateCodeListEntrySchema>;
