import "server-only";
import { DomainError } from "@/lib/action-result";
import { type ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { can } from "@/lib/policy";
import type { PartnerListParams } from "./list-params";

export type PartnerSummary = {
  id: string;
  name: string;
  shortName: string;
  kind: "AGENCY" | "TOURISM_OFFICE" | "REGION" | "CULTURAL" | "ACADEMIC" | "COMPANY" | "OTHER";
  isActive: boolean;
  archivedAt: Date | null;
};

/**
 * One page of partner organisations matching the search (name or short name, any case) and the
 * filters, in the requested order, and how many match in all. `id` breaks ties so pages never
 * overlap. ADMIN, STAFF and MANAGER only.
 */
export async function listPartners(
  actor: ActingUser,
  params: PartnerListParams,
): Promise<{ rows: PartnerSummary[]; total: number }> {
  // The whole list is for the department; a partner user sees only their own organisation (decision 005).
  if (!can(actor, "reference.read")) throw new DomainError("forbidden");
  // Conditional spreads, never `undefined` values: with strictUndefinedChecks Prisma rejects them.
  const where: Prisma.PartnerWhereInput = {
    // Archived partners leave the list, as every archived record does, unless asked for.
    archivedAt: params.archived === true ? { not: null } : null,
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.active === undefined ? {} : { isActive: params.active }),
    ...(params.q
      ? {
          OR: [
            { name: { contains: params.q, mode: "insensitive" } },
            { shortName: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total] = await db.$transaction([
    db.partner.findMany({
      where,
      orderBy: [{ [params.sort]: params.direction }, { id: "asc" }],
      ...toPrismaPaging(params),
      select: { id: true, name: true, shortName: true, kind: true, isActive: true, archivedAt: true },
    }),
    db.partner.count({ where }),
  ]);
  return { rows, total };
}

export type PartnerDetail = PartnerSummary & {
  version: number;
  updatedAt: Date;
  userCount: number;
};

/** One partner organisation with what its page shows. ADMIN, STAFF and MANAGER only. */
export async function getPartner(actor: ActingUser, id: string): Promise<PartnerDetail | null> {
  if (!can(actor, "reference.read")) throw new DomainError("forbidden");
  const partner = await db.partner.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      isActive: true,
      version: true,
      archivedAt: true,
      updatedAt: true,
      _count: { select: { users: true } },
    },
  });
  if (!partner) return null;
  const { _count, ...rest } = partner;
  return { ...rest, userCount: _count.users };
}
