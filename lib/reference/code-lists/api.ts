import "server-only";
import { z } from "zod";
import { parseWithAreaSchema } from "@/lib/api/input";
import { answerShapeOf, toAnswerFields } from "@/lib/api/records-json";
import { bodyFormInput, jsonBodyOf } from "@/lib/records/json-fields";
import { codeListFields } from "@/lib/reference/code-lists/fields";
import { defineResource, instantString, jsonInstant, type ApiResource } from "@/lib/api/resource";
import { codeListSchema } from "@/lib/reference/code-lists/list-params";
import {
  createCodeListEntry,
  setCodeListEntryArchived,
  updateCodeListEntry,
} from "@/lib/reference/code-lists/mutations";
import { getCodeListEntry, listCodeListEntries, type CodeListRow } from "@/lib/reference/code-lists/queries";
import { codeListEntrySchema, updateCodeListEntrySchema, type CodeListKind } from "@/lib/reference/code-lists/schemas";
import { can } from "@/lib/policy";

// /api/v1/sectors and /api/v1/objectives: the two bilingual code lists ADMIN keeps under /admin.
// Same columns, same rules, so one definition serves both. ADMIN only, as their pages.

const listItem = z.object({
  id: z.string(),
  ...answerShapeOf(codeListFields),
  archived: z
    .boolean()
    .meta({ description: "Archived entries stay on the records that use them but are no longer offered." }),
});

const item = listItem.extend({ version: z.number().int(), updatedAt: instantString });

const body = jsonBodyOf(codeListFields);

const toListItem = (entry: CodeListRow): z.output<typeof listItem> => ({
  id: entry.id,
  ...toAnswerFields(codeListFields, entry),
  archived: entry.archivedAt !== null,
});

function codeListResource(kind: CodeListKind, text: { name: string; title: string; description: string }): ApiResource {
  return defineResource({
    ...text,
    listQuery: codeListSchema,
    listItem,
    item,
    list: async (user, params) => {
      const { rows, total } = await listCodeListEntries(user, kind, params);
      return { rows: rows.map(toListItem), total };
    },
    get: async (user, id) => {
      const entry = await getCodeListEntry(user, kind, id);
      return entry ? { ...toListItem(entry), version: entry.version, updatedAt: jsonInstant(entry.updatedAt) } : null;
    },
    canWrite: (user) => can(user, "codeLists.manage"),
    body,
    create: (user, input) =>
      createCodeListEntry(user, kind, parseWithAreaSchema(codeListEntrySchema, bodyFormInput(codeListFields, input))),
    update: (user, id, version, input) =>
      updateCodeListEntry(
        user,
        kind,
        parseWithAreaSchema(updateCodeListEntrySchema, { ...bodyFormInput(codeListFields, input), id, version }),
      ),
    archive: (user, id, version) => setCodeListEntryArchived(user, kind, { id, version, archived: true }),
    restore: (user, id, version) => setCodeListEntryArchived(user, kind, { id, version, archived: false }),
  });
}

export const sectorsResource = codeListResource("sector", {
  name: "sectors",
  title: "Sectors",
  description: "The areas of cooperation (Smart Cities, culture, health…). ADMIN only.",
});

export const objectivesResource = codeListResource("objective", {
  name: "objectives",
  title: "Objectives",
  description: "The programme's objectives that missions, events and joint actions serve. ADMIN only.",
});
