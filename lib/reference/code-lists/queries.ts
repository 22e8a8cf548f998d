import "server-only";
import { DomainError } from "@/lib/action-result";
import { type ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { archivedWhere } from "@/lib/reference/list-filters";
import { can } from "@/lib/policy";
import type { CodeListParams } from "./list-params";
import type { CodeListKind } from "./schemas";
import { codeListTable } from "./table";

export type CodeListRow = { id: string; code: string; nameFr: string; nameEn: string; archivedAt: Date | null };
export type CodeListEntry = CodeListRow & { version: number; updatedAt: Date };

/**
 * Sectors and objectives are kept under /admin by administrators; every signed-in user may read
 * them, so that an integration can look up the ids its records name.
 */
function assertCanRead(actor: ActingUser): void {
  if (!can(actor, "codeLists.read")) throw new DomainError("forbidden");
}

const rowSelect = { id: true, code: true, nameFr: true, nameEn: true, archivedAt: true } as const;

export async function listCodeListEntries(
  actor: ActingUser,
  kind: CodeListKind,
  params: CodeListParams,
): Promise<{ rows: CodeListRow[]; total: number }> {
  assertCanRead(actor);
  const table = codeListTable(db, kind);
  const where: Prisma.SectorWhereInput = {
    ...archivedWhere(params.archived),
    ...(params.q
      ? {
          OR: [
            { code: { contains: params.q, mode: "insensitive" } },
            { nameFr: { contains: params.q, mode: "insensitive" } },
            { nameEn: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    table.findMany({
      where,
      orderBy: [{ [params.sort]: params.direction }, { id: "asc" }],
      ...toPrismaPaging(params),
      select: rowSelect,
    }),
    table.count({ where }),
  ]);
  return { rows, total };
}

export async function getCodeListEntry(
  actor: ActingUser,
  kind: CodeListKind,
  id: string,
): Promise<CodeListEntry | null> {
  assertCanRead(actor);
  return codeListTable(db, kind).findUnique({
    where: { id },
    select: { ...rowSelect, version: true, updatedAt: true },
  });
}
