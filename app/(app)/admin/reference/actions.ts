"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability } from "@/lib/auth";
import { failedAction, formValues } from "@/lib/forms";
import { createCodeListEntry, setCodeListEntryArchived, updateCodeListEntry } from "@/lib/reference/code-lists/mutations";
import { codeListEntrySchema, codeListKinds, updateCodeListEntrySchema, type CodeListKind } from "@/lib/reference/code-lists/schemas";
import { invalidRecordInput } from "@/lib/reference/form-errors";
import { createPeriod, setPeriodArchived, updatePeriod } from "@/lib/reference/periods/mutations";
import { periodSchema, updatePeriodSchema } from "@/lib/reference/periods/schemas";
import { formList, runArchiveAction } from "@/lib/reference/record-actions";

// Sectors, objectives and priority periods (ADMIN). parse → session → data layer → revalidate → result.

const listKind = z.object({ list: z.enum(codeListKinds) });
const listPath = (kind: CodeListKind) => `/admin/reference/${kind === "sector" ? "sectors" : "objectives"}`;

export async function createCodeListEntryAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = codeListEntrySchema.and(listKind).safeParse(values);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const admin = await requireCapability("codeLists.manage");
  let id: string;
  try {
    ({ id } = await createCodeListEntry(admin, parsed.data.list, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath(listPath(parsed.data.list));
  redirect(`${listPath(parsed.data.list)}/${id}`);
}

export async function updateCodeListEntryAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = updateCodeListEntrySchema.and(listKind).safeParse(values);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const admin = await requireCapability("codeLists.manage");
  try {
    await updateCodeListEntry(admin, parsed.data.list, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath(listPath(parsed.data.list), "layout");
  return { ok: true, data: undefined };
}

export async function setSectorArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runArchiveAction(formData, { capability: "codeLists.manage", archive: (admin, input) => setCodeListEntryArchived(admin, "sector", input), revalidate: listPath("sector") });
}

export async function setObjectiveArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runArchiveAction(formData, { capability: "codeLists.manage", archive: (admin, input) => setCodeListEntryArchived(admin, "objective", input), revalidate: listPath("objective") });
}

/** The period form's values, with its multi-select of destinations kept as one comma-separated value. */
function periodValues(formData: FormData): { values: Record<string, string>; input: Record<string, unknown> } {
  const destinationIds = formList(formData, "destinationIds");
  const values = { ...formValues(formData, ["destinationIds"]), destinationIds: destinationIds.join(",") };
  return { values, input: { ...values, destinationIds } };
}

export async function createPeriodAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const { values, input } = periodValues(formData);
  const parsed = periodSchema.safeParse(input);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const admin = await requireCapability("codeLists.manage");
  let id: string;
  try {
    ({ id } = await createPeriod(admin, parsed.data));
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/admin/reference/periods");
  redirect(`/admin/reference/periods/${id}`);
}

export async function updatePeriodAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const { values, input } = periodValues(formData);
  const parsed = updatePeriodSchema.safeParse(input);
  if (!parsed.success) return invalidRecordInput(parsed.error, values);
  const admin = await requireCapability("codeLists.manage");
  try {
    await updatePeriod(admin, parsed.data);
  } catch (error) {
    return failedAction(error, values);
  }
  revalidatePath("/admin/reference/periods", "layout");
  // Destination pages show which periods make them a priority.
  revalidatePath("/destinations", "layout");
  return { ok: true, data: undefined };
}

export async function setPeriodArchivedAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runArchiveAction(formData, { capability: "codeLists.manage", archive: setPeriodArchived, revalidate: "/admin/reference/periods" });
}
