// Sectors and objectives: the two bilingual code lists ADMIN keeps (same columns, same form).
// No server imports. Messages are keys under "validation" or "reference.validation".
import { z } from "zod";
import { recordVersion, requiredId } from "@/lib/records/form-fields";
import { formSchemaOf } from "@/lib/records/form-schema";
import { codeListFields } from "./fields";

export const codeListKinds = ["sector", "objective"] as const;
export type CodeListKind = (typeof codeListKinds)[number];

export const codeListEntrySchema = formSchemaOf(codeListFields);

export const updateCodeListEntrySchema = codeListEntrySchema.extend({ id: requiredId, version: recordVersion });

export type CodeListEntryInput = z.output<typeof codeListEntrySchema>;
export type UpdateCodeListEntryInput = z.output<typeof updateCodeListEntrySchema>;
