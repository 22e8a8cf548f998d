import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import type { Role } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPrismaPaging } from "@/lib/list-params";
import { can } from "@/lib/policy";
import type { UserListParams } from "./list-params";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisation: string | null;
  isActive: boolean;
  lastSignInAt: Date | null;
};

const rowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  isActive: true,
  lastSignInAt: true,
  partner: { select: { shortName: true } },
} satisfies Prisma.UserSelect;

function assertAdmin(actor: ActingUser): void {
  if (!can(actor, "users.manage")) throw new DomainError("forbidden");
}

export async function listUsers(
  actor: ActingUser,
  params: UserListParams,
): Promise<{ rows: UserRow[]; total: number }> {
  assertAdmin(actor);
  const where: Prisma.UserWhereInput = {
    ...(params.role ? { role: params.role } : {}),
    ...(params.active === undefined ? {} : { isActive: params.active }),
    ...(params.q
      ? {
          OR: [
            { name: { contains: params.q, mode: "insensitive" } },
            { email: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const orderBy: Prisma.UserOrderByWithRelationInput[] = [
    params.sort === "lastSignInAt"
      ? { lastSignInAt: { sort: params.direction, nulls: "last" } }
      : { [params.sort]: params.direction },
    { id: "asc" },
  ];
  const [users, total] = await db.$transaction([
    db.user.findMany({ where, orderBy, ...toPrismaPaging(params), select: rowSelect }),
    db.user.count({ where }),
  ]);
  return { rows: users.map(({ partner, ...user }) => ({ ...user, organisation: partner?.shortName ?? null })), total };
}

/** `openSessions`: the browsers the user is signed in on now. */
export type UserDetail = UserRow & {
  partnerId: string | null;
  version: number;
  mustChangePassword: boolean;
  openSessions: number;
};

export async function getUser(actor: ActingUser, id: string): Promise<UserDetail | null> {
  assertAdmin(actor);
  const user = await db.user.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      partnerId: true,
      version: true,
      mustChangePassword: true,
      _count: { select: { sessions: { where: { endedAt: null, expiresAt: { gt: new Date() } } } } },
    },
  });
  if (!user) return null;
  const { partner, _count, ...rest } = user;
  return { ...rest, organisation: partner?.shortName ?? null, openSessions: _count.sessions };
}

/** Organisations a partner user can belong to, for the user forms. */
export async function listPartnerOptions(actor: ActingUser): Promise<{ id: string; name: string }[]> {
  assertAdmin(actor);
  return db.partner.findMany({ where: { isActive: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Users who appear in the audit log, for its filter. */
export async function listUserOptions(actor: ActingUser): Promise<{ id: string; name: string }[]> {
  assertAdmin(actor);
  return db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** The name of the signed-in partner user's own organisation (for their account page). */
export async function getOrganisationName(partnerId: string): Promise<string | null> {
  const partner = await db.partner.findUnique({ where: { id: partnerId }, select: { name: true } });
  return partner?.name ?? null;
}
