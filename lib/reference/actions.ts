"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { readFormWithLists } from "@/lib/actions/form-input";
import { archiveSchema } from "@/lib/records/archive";
import { createCodeListEntry, setCodeListEntryArchived, updateCodeListEntry } from "./code-lists/mutations";
import { codeListEntrySchema, codeListKinds, updateCodeListEntrySchema, type CodeListKind } from "./code-lists/schemas";
import { createPeriod, setPeriodArchived, updatePeriod } from "./periods/mutations";
import { periodSchema, updatePeriodSchema } from "./periods/schemas";

// Sectors, objectives and priority periods: the administration's lists (lib/actions/form-action.ts).

const messages = "reference.validation";
const listKind = z.object({ list: z.enum(codeListKinds) });
const listPath = (kind: CodeListKind) => `/admin/reference/${kind === "sector" ? "sectors" : "objectives"}`;
const periodsPath = "/admin/reference/periods";

export const createCodeListEntryAction = formAction({
  caller: "codeLists.manage",
  schema: codeListEntrySchema.and(listKind),
  messages,
  run: (admin, input) => createCodeListEntry(admin, input.list, input),
  revalidate: (input) => [listPath(input.list)],
  redirectTo: ({ id }, input) => `${listPath(input.list)}/${id}`,
});

export const updateCodeListEntryAction = formAction({
  caller: "codeLists.manage",
  schema: updateCodeListEntrySchema.and(listKind),
  messages,
  run: (admin, input) => updateCodeListEntry(admin, input.list, input),
  revalidate: (input) => [{ path: listPath(input.list), type: "layout" }],
});

export const setSectorArchivedAction = formAction({
  caller: "codeLists.manage",
  schema: archiveSchema,
  messages,
  run: (admin, input) => setCodeListEntryArchived(admin, "sector", input),
  revalidate: [{ path: listPath("sector"), type: "layout" }],
});

export const setObjectiveArchivedAction = formAction({
  caller: "codeLists.manage",
  schema: archiveSchema,
  messages,
  run: (admin, input) => setCodeListEntryArchived(admin, "objective", input),
  revalidate: [{ path: listPath("objective"), type: "layout" }],
});

/** The period form: its destinations are a multi-choice field. */
const readPeriodForm = readFormWithLists(["destinationIds"]);

export const createPeriodAction = formAction({
  caller: "codeLists.manage",
  read: readPeriodForm,
  schema: periodSchema,
  messages,
  run: createPeriod,
  revalidate: [periodsPath],
  redirectTo: ({ id }) => `${periodsPath}/${id}`,
});

export const updatePeriodAction = formAction({
  caller: "codeLists.manage",
  read: readPeriodForm,
  schema: updatePeriodSchema,
  messages,
  run: updatePeriod,
  // Destination pages show which periods make them a priority.
  revalidate: [
    { path: periodsPath, type: "layout" },
    { path: "/destinations", type: "layout" },
  ],
});

export const setPeriodArchivedAction = formAction({
  caller: "codeLists.manage",
  schema: archiveSchema,
  messages,
  run: setPeriodArchived,
  revalidate: [{ path: periodsPath, type: "layout" }],
});
