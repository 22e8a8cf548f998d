import "server-only";
import { z } from "zod";
import type { ActingUser } from "@/lib/auth";
import { parseWithAreaSchema } from "@/lib/api/input";
import { answerShapeOf, toAnswerFields } from "@/lib/api/records-json";
import { defineResource, instantString, jsonInstant, type ApiResource } from "@/lib/api/resource";
import type { Fields } from "@/lib/records/fields";
import { bodyFormInput, jsonBodyOf } from "@/lib/records/json-fields";

// The REST resource of an area whose fields are all declared (towns, destinations, partners,
// sectors and objectives): its list item and item are the declared fields with what the area
// adds, its body is the declared fields, and a write is the area's form schema judging the body
// as the form would have posted it. The area gives its queries, its schemas and its mutations.

type Row = Record<string, unknown> & { id: string; archivedAt: Date | null };

/** What an answer says besides the declared fields: the schema of each key and how a record gives it. */
type Extra<T> = { shape: Record<string, z.ZodType>; of: (record: T) => Record<string, unknown> };

const none = { shape: {}, of: () => ({}) };

export function declaredResource<
  TQuery extends z.ZodObject,
  TRow extends Row,
  TDetail extends TRow & { version: number; updatedAt: Date },
>(spec: {
  name: string;
  title: string;
  description: string;
  fields: Fields;
  listQuery: TQuery;
  list(user: ActingUser, params: z.output<TQuery>): Promise<{ rows: TRow[]; total: number }>;
  get(user: ActingUser, id: string): Promise<TDetail | null>;
  /** Besides the fields, in the list and the item (priority periods), and in the item only (counts). */
  listExtra?: Extra<TRow>;
  itemExtra?: Extra<TDetail>;
  /** What `archived` means for this area, when more than "archived". */
  archivedDescription?: string;
  /** Body keys besides the fields, passed to the area's schema as they are (a part's `missionId`). */
  bodyExtra?: Record<string, z.ZodType>;
  canWrite(user: ActingUser): boolean;
  schemas: { create: z.ZodType; update: z.ZodType };
  create(user: ActingUser, input: never): Promise<{ id: string }>;
  update(user: ActingUser, input: never): Promise<void>;
  setArchived(user: ActingUser, input: { id: string; version: number; archived: boolean }): Promise<void>;
}): ApiResource {
  const { fields } = spec;
  const listExtra = spec.listExtra ?? none;
  const itemExtra = spec.itemExtra ?? none;
  const archived = spec.archivedDescription ? z.boolean().meta({ description: spec.archivedDescription }) : z.boolean();
  const listItem = z.object({ id: z.string(), ...answerShapeOf(fields), ...listExtra.shape, archived });
  const item = listItem.extend({ ...itemExtra.shape, version: z.number().int(), updatedAt: instantString });
  const bodyExtra = spec.bodyExtra ?? {};
  const body = jsonBodyOf(fields).extend(bodyExtra);
  const toListItem = (row: TRow) => ({
    id: row.id,
    ...toAnswerFields(fields, row),
    ...listExtra.of(row),
    archived: row.archivedAt !== null,
  });
  const formInput = (input: Record<string, unknown>) => ({
    ...bodyFormInput(fields, input),
    ...Object.fromEntries(Object.keys(bodyExtra).map((key) => [key, input[key]])),
  });
  return defineResource({
    name: spec.name,
    title: spec.title,
    description: spec.description,
    listQuery: spec.listQuery,
    listItem,
    item,
    list: async (user, params) => {
      const { rows, total } = await spec.list(user, params);
      return { rows: rows.map(toListItem), total };
    },
    get: async (user, id) => {
      const detail = await spec.get(user, id);
      if (!detail) return null;
      return {
        ...toListItem(detail),
        ...itemExtra.of(detail),
        version: detail.version,
        updatedAt: jsonInstant(detail.updatedAt),
      };
    },
    canWrite: spec.canWrite,
    body,
    create: (user, input) => spec.create(user, parseWithAreaSchema(spec.schemas.create, formInput(input)) as never),
    update: (user, id, version, input) =>
      spec.update(user, parseWithAreaSchema(spec.schemas.update, { ...formInput(input), id, version }) as never),
    archive: (user, id, version) => spec.setArchived(user, { id, version, archived: true }),
    restore: (user, id, version) => spec.setArchived(user, { id, version, archived: false }),
  });
}
