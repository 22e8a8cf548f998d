import type { MatrixUser, World } from "../world";

/** One call of a server action: the form a user of the page would submit, valid for the roles allowed. */
export type ActionCall = {
  form: FormData;
  /** Extra proof that an allowed call did its work, beyond the database change and its audit entry. */
  verify?: () => Promise<void>;
};

export type ActionScenario = {
  /** The audit entry an allowed call writes, by the caller (null: the action writes none for this caller). */
  audit: string | ((caller: MatrixUser | null) => string | null);
  /** Makes the records the call needs (new ones for each caller) and returns the call. */
  prepare(world: World, caller: MatrixUser | null): Promise<ActionCall>;
};

/** A submitted form; a list is a multi-select or checkbox group (one entry per value). */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}
