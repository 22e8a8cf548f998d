// The mission form's flat field names ↔ structured values. Shared by the form (to rebuild its
// rows from what was typed), the actions and the schemas: no server imports.

/** Checkbox groups: several values under one name, kept as one comma-separated text (ids hold no comma). */
export const multiChoiceFields = ["destinationIds", "sectorIds", "objectiveIds"] as const;

/** The repeating parts of the form and the inputs of each row ("partners.0.role"…). */
export const rowSections = {
  partners: ["partnerId", "role", "contribution", "seeks"],
  participants: ["name", "kind", "organisation"],
  agenda: ["day", "time", "title", "location", "counterpart"],
} as const;

export type RowSection = keyof typeof rowSections;
export type RowValues<S extends RowSection> = Record<(typeof rowSections)[S][number], string>;

/** More rows than this in one section is refused rather than silently cut. */
export const maxRows: Record<RowSection, number> = { partners: 50, participants: 200, agenda: 200 };

/** The submitted form as text fields (what `values` sends back to the form on failure). */
export function missionFormValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    values[key] = (multiChoiceFields as readonly string[]).includes(key)
      ? formData
          .getAll(key)
          .filter((item) => typeof item === "string")
          .join(",")
      : value;
  }
  return values;
}

/** The ids chosen in a checkbox group. */
export function chosenIds(values: Record<string, string>, field: (typeof multiChoiceFields)[number]): string[] {
  return [
    ...new Set(
      (values[field] ?? "")
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

const rowKey = /^(partners|participants|agenda)\.(\d{1,4})\.([a-zA-Z]+)$/;

/**
 * The rows of one section, position = the index in the field names, so an error found on row 2
 * is shown next to row 2. Missing indexes read as blank rows; `overflow` is true when the form
 * holds more rows than `maxRows`.
 */
export function formRows<S extends RowSection>(
  values: Record<string, string>,
  section: S,
): { rows: RowValues<S>[]; overflow: boolean } {
  const fields = rowSections[section] as readonly string[];
  let count = 0;
  for (const key of Object.keys(values)) {
    const match = rowKey.exec(key);
    if (match?.[1] === section && fields.includes(match[3] ?? "")) count = Math.max(count, Number(match[2]) + 1);
  }
  const rows = Array.from(
    { length: Math.min(count, maxRows[section]) },
    (_, index) =>
      Object.fromEntries(fields.map((field) => [field, values[`${section}.${index}.${field}`] ?? ""])) as RowValues<S>,
  );
  return { rows, overflow: count > maxRows[section] };
}

/** Rows back into flat field names: how the edit form is prefilled from a stored mission. */
export function rowsToValues<S extends RowSection>(section: S, rows: RowValues<S>[]): Record<string, string> {
  const values: Record<string, string> = {};
  rows.forEach((row, index) => {
    for (const [field, value] of Object.entries(row)) values[`${section}.${index}.${field}`] = value as string;
  });
  return values;
}
