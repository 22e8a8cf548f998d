import "server-only";
import { z } from "zod";
import { declaredResource } from "@/lib/api/declared-resource";
import type { ApiResource } from "@/lib/api/resource";
import type { ActingUser } from "@/lib/auth";
import { DomainError } from "@/lib/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { booleanFilter, createListParamsSchema, toPrismaPaging } from "@/lib/list-params";
import { can } from "@/lib/policy";
import type { Fields } from "@/lib/records/fields";
import { detailSelectOf, recordValuesOf } from "@/lib/records/read-fields";

// A mission's parts as REST resources (/api/v1/mission-travellers, /api/v1/mission-costs): the
// declared fields and the mission they belong to, read and written by office users as on the
// mission's page (decision 016, 017). Partner users get 403: a mission's papers and budget are
// the department's own.

type PartRow = { id: string; missionId: string; version: number; archivedAt: Date | null; updatedAt: Date };

type PartTable = {
  findMany(args: object): PromiseLike<(PartRow & Record<string, unknown>)[]>;
  findUnique(args: object): PromiseLike<(PartRow & Record<string, unknown>) | null>;
  count(args: object): PromiseLike<number>;
};

// No text search: a mission holds a handful of travellers and cost lines.
export const partListSchema = createListParamsSchema({
  sortable: ["createdAt"],
  defaultSort: "createdAt",
  // The latest first, as every list; a mission's own parts read in the order added with direction=asc.
  defaultDirection: "desc",
  filters: {
    /** The mission whose parts to list; all missions' when absent. */
    missionId: z
      .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().min(1).max(64).optional())
      .catch(undefined),
    archived: booleanFilter(),
  },
}).omit({ q: true });

function assertCanRead(actor: ActingUser): void {
  if (!can(actor, "records.read")) throw new DomainError("forbidden");
}

export function missionPartResource(spec: {
  name: string;
  title: string;
  description: string;
  fields: Fields;
  /** Read when a request comes, not when the module loads (the API reference is built without a database). */
  table: () => PartTable;
  schemas: { create: z.ZodType; update: z.ZodType };
  create(user: ActingUser, input: never): Promise<{ id: string }>;
  update(user: ActingUser, input: never): Promise<void>;
  setArchived(user: ActingUser, input: { id: string; version: number; archived: boolean }): Promise<void>;
}): ApiResource {
  const select = {
    id: true,
    missionId: true,
    version: true,
    archivedAt: true,
    updatedAt: true,
    ...detailSelectOf(spec.fields),
  };
  const toRow = (actor: ActingUser, row: PartRow & Record<string, unknown>) => ({
    id: row.id,
    missionId: row.missionId,
    version: row.version,
    archivedAt: row.archivedAt,
    updatedAt: row.updatedAt,
    ...recordValuesOf(spec.fields, row, actor.locale),
  });
  return declaredResource({
    name: spec.name,
    title: spec.title,
    description: spec.description,
    fields: spec.fields,
    listQuery: partListSchema,
    list: async (actor, params) => {
      assertCanRead(actor);
      const where = {
        ...(params.missionId ? { missionId: params.missionId } : {}),
        ...(params.archived === undefined ? {} : { archivedAt: params.archived ? { not: null } : null }),
      } satisfies Prisma.MissionCostWhereInput;
      const [rows, total] = await Promise.all([
        spec.table().findMany({
          where,
          select,
          orderBy: [{ createdAt: params.direction }, { id: params.direction }],
          ...toPrismaPaging(params),
        }),
        spec.table().count({ where }),
      ]);
      return { rows: rows.map((row) => toRow(actor, row)), total };
    },
    get: async (actor, id) => {
      assertCanRead(actor);
      const row = await spec.table().findUnique({ where: { id }, select });
      return row ? toRow(actor, row) : null;
    },
    listExtra: {
      shape: { missionId: z.string().meta({ description: "The mission it belongs to." }) },
      of: (row) => ({ missionId: row.missionId }),
    },
    bodyExtra: {
      missionId: z.string().meta({
        description: "The mission it belongs to; on a PUT, the one it already belongs to.",
      }),
    },
    canWrite: (user) => can(user, "records.edit"),
    schemas: spec.schemas,
    // The mission is the body's to name: one that does not exist is a mistake in it, not a missing page.
    create: async (user, input: never) => {
      try {
        return await spec.create(user, input);
      } catch (error) {
        if (error instanceof DomainError && error.code === "notFound")
          throw new DomainError("unknownReference", { missionId: ["unknownReference"] });
        throw error;
      }
    },
    update: spec.update,
    setArchived: spec.setArchived,
  });
}
