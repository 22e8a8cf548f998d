// The agreement form and its actions: no server imports. Messages are keys under "validation" or
// "reference.validation".
import { z } from "zod";
import { AgreementKind } from "@/lib/generated/prisma/enums";
import {
  checkboxField,
  dayField,
  optionalDayField,
  optionalId,
  optionalText,
  recordVersion,
  requiredId,
  requiredText,
  yearField,
} from "@/lib/records/form-fields";

/** Every kind of agreement, in the schema's order. */
export const agreementKinds = Object.values(AgreementKind) as [AgreementKind, ...AgreementKind[]];

export const maxThemes = 50;

/** The theme chosen for one year of the agreement (e.g. by a panel in Nice). */
const themeRow = z.object({ year: yearField, theme: requiredText(200) });

const agreementFields = z.object({
  title: requiredText(),
  kind: z.enum(agreementKinds, { error: "invalidChoice" }),
  counterpart: requiredText(),
  destinationId: requiredId,
  startDate: dayField,
  /** Empty for an agreement without a fixed end. */
  endDate: optionalDayField,
  isExclusive: checkboxField,
  notes: optionalText(),
  /** The mission it was signed on, if any. */
  missionId: optionalId,
  themes: z.array(themeRow).max(maxThemes, { error: "tooLong" }).default([]),
});

type AgreementFields = z.output<typeof agreementFields>;

/** Dates in order; one theme per year, each within the agreement's years. */
function checkDatesAndThemes(agreement: AgreementFields, context: z.RefinementCtx): void {
  if (agreement.endDate !== null && agreement.endDate < agreement.startDate) {
    context.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
  }
  const firstYear = Number(agreement.startDate.slice(0, 4));
  const lastYear = agreement.endDate === null ? null : Number(agreement.endDate.slice(0, 4));
  const seen = new Set<number>();
  agreement.themes.forEach((row, index) => {
    if (seen.has(row.year))
      context.addIssue({ code: "custom", path: ["themes", index, "year"], message: "themeYearTaken" });
    else if (row.year < firstYear || (lastYear !== null && row.year > lastYear)) {
      context.addIssue({ code: "custom", path: ["themes", index, "year"], message: "themeYearOutside" });
    }
    seen.add(row.year);
  });
}

export const agreementSchema = agreementFields.superRefine(checkDatesAndThemes);
export const updateAgreementSchema = agreementFields
  .extend({ id: requiredId, version: recordVersion })
  .superRefine(checkDatesAndThemes);

export type AgreementInput = z.output<typeof agreementSchema>;
export type UpdateAgreementInput = z.output<typeof updateAgreementSchema>;

const themeKey = /^themes\.(\d+)\.(year|theme)$/;

/**
 * The form posts one pair of fields per yearly theme ("themes.0.year", "themes.0.theme", …):
 * gathers them, in row order, into the `themes` list the schema reads.
 */
export function agreementFormInput(values: Record<string, string>): Record<string, unknown> {
  const rows = new Map<number, { year?: string; theme?: string }>();
  const scalars: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const match = themeKey.exec(key);
    if (!match) {
      scalars[key] = value;
      continue;
    }
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2] as "year" | "theme"]: value });
  }
  const themes = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => ({ year: row.year ?? "", theme: row.theme ?? "" }));
  return { ...scalars, themes };
}

/** The theme rows of submitted values, to show them back after a refusal. */
export function themeRowsOf(values: Record<string, string>): { year: string; theme: string }[] {
  return agreementFormInput(values).themes as { year: string; theme: string }[];
}
