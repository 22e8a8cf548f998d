import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability, type ActingUser } from "@/lib/auth";
import { failedAction, formValues } from "@/lib/forms";
import type { Capability } from "@/lib/policy";
import { invalidRecordInput } from "./form-errors";
import { archiveSchema, type ArchiveInput } from "./schema-fields";

// The body of the archive/restore actions of agreements, towns and reference data:
// parse → session → data layer → revalidate → result, like every action (STYLE.md).

export async function runArchiveAction(
  formData: FormData,
  options: { capability: Capability; archive: (actor: ActingUser, input: ArchiveInput) => Promise<void>; revalidate: string },
): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = archiveSchema.safeParse(values);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const actor = await requireCapability(options.capability);
  try {
    await options.archive(actor, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath(options.revalidate, "layout");
  return { ok: true, data: undefined };
}

/** Every value of a repeated field (a multi-select), which formValues keeps only the last of. */
export function formList(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((value): value is string => typeof value === "string" && value !== "");
}
