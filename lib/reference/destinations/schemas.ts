// The destination form and its actions: no server imports. Messages are keys under "validation"
// or "reference.validation".
import { z } from "zod";
import { recordVersion, requiredId, requiredText } from "@/lib/records/form-fields";
import { maxNameLength } from "@/lib/records/fields";

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
/** Codes ICU names that are not countries (unknown region, European Union, United Nations…). */
const notCountries = new Set(["ZZ", "QO", "EU", "EZ", "UN"]);

/** An ISO 3166-1 alpha-2 code the platform's ICU data knows ("CN", "IL"), upper-cased. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || notCountries.has(code)) return false;
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** A decimal degree between -limit and +limit ("43,7" or "43.7"); null when empty. */
function degrees(limit: number, message: string) {
  return z
    .string({ error: "invalid" })
    .trim()
    .default("")
    .transform((text, context) => {
      if (text === "") return null;
      const value = Number(text.replace(",", "."));
      if (!/^[-+]?\d+([.,]\d+)?$/.test(text) || Math.abs(value) > limit) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });
}

export const destinationSchema = z
  .object({
    city: requiredText(maxNameLength),
    countryCode: z
      .string({ error: "required" })
      .trim()
      .toUpperCase()
      .min(1, { error: "required" })
      .refine(isCountryCode, { error: "countryCode" }),
    latitude: degrees(90, "latitude"),
    longitude: degrees(180, "longitude"),
  })
  .superRefine((destination, context) => {
    // A point needs both coordinates; one alone is a typing slip.
    if ((destination.latitude === null) !== (destination.longitude === null)) {
      context.addIssue({
        code: "custom",
        path: [destination.latitude === null ? "latitude" : "longitude"],
        message: "required",
      });
    }
  });

export const updateDestinationSchema = destinationSchema.safeExtend({ id: requiredId, version: recordVersion });

export type DestinationInput = z.output<typeof destinationSchema>;
export type UpdateDestinationInput = z.output<typeof updateDestinationSchema>;
