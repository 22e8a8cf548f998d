// The town form and its actions: no server imports. Messages are keys under "validation" or
// "reference.validation".
import { z } from "zod";
import { optionalDayField, recordVersion, requiredId, requiredText } from "@/lib/records/form-fields";
import { maxNameLength } from "@/lib/records/fields";

/** INSEE commune codes: 5 characters, digits except Corsica's 2A/2B departments. */
const inseeCode = z
  .string({ error: "invalid" })
  .trim()
  .toUpperCase()
  .default("")
  .refine((code) => code === "" || /^(\d{5}|2[AB]\d{3})$/.test(code), { error: "inseeCode" })
  .transform((code) => (code === "" ? null : code));

export const townSchema = z.object({
  name: requiredText(maxNameLength),
  inseeCode,
  /** Empty for a town of the urban area not connected yet. */
  connectedOn: optionalDayField,
});

export const updateTownSchema = townSchema.extend({ id: requiredId, version: recordVersion });

export type TownInput = z.output<typeof townSchema>;
export type UpdateTownInput = z.output<typeof updateTownSchema>;
