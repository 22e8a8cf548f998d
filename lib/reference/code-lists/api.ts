import "server-only";
import { declaredResource } from "@/lib/api/declared-resource";
import type { ApiResource } from "@/lib/api/resource";
import { can } from "@/lib/policy";
import { codeListFields } from "@/lib/reference/code-lists/fields";
import { codeListSchema } from "@/lib/reference/code-lists/list-params";
import {
  createCodeListEntry,
  setCodeListEntryArchived,
  updateCodeListEntry,
} from "@/lib/reference/code-lists/mutations";
import { getCodeListEntry, listCodeListEntries } from "@/lib/reference/code-lists/queries";
import {
  codeListEntrySchema,
  updateCodeListEntrySchema,
  type CodeListEntryInput,
  type CodeListKind,
  type UpdateCodeListEntryInput,
} from "@/lib/reference/code-lists/schemas";

// /api/v1/sectors and /api/v1/objectives: the two bilingual code lists ADMIN keeps under /admin.
// Same columns, same rules, so one definition serves both. Every signed-in user reads them (the
// ids records name); ADMIN writes, as on their pages.

function codeListResource(kind: CodeListKind, text: { name: string; title: string; description: string }): ApiResource {
  return declaredResource({
    ...text,
    fields: codeListFields,
    listQuery: codeListSchema,
    list: (user, params) => listCodeListEntries(user, kind, params),
    get: (user, id) => getCodeListEntry(user, kind, id),
    archivedDescription: "Archived entries stay on the records that use them but are no longer offered.",
    canWrite: (user) => can(user, "codeLists.manage"),
    schemas: { create: codeListEntrySchema, update: updateCodeListEntrySchema },
    create: (user, input: CodeListEntryInput) => createCodeListEntry(user, kind, input),
    update: (user, input: UpdateCodeListEntryInput) => updateCodeListEntry(user, kind, input),
    setArchived: (user, input) => setCodeListEntryArchived(user, kind, input),
  });
}

export const sectorsResource = codeListResource("sector", {
  name: "sectors",
  title: "Sectors",
  description: "The areas of cooperation (Smart Cities, culture, health…). Every role reads them; ADMIN keeps them.",
});

export const objectivesResource = codeListResource("objective", {
  name: "objectives",
  title: "Objectives",
  description:
    "The programme's objectives that missions, events and joint actions serve. Every role reads them; ADMIN keeps them.",
});
