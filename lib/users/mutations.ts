import "server-only";
import { DomainError } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { revokeAllAccessTokens } from "@/lib/api/tokens";
import { generateTemporaryPassword, hashNewPassword } from "@/lib/auth/passwords";
import type { Role } from "@/lib/auth/schemas";
import { endUserSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, isUserManagerRole, roleHasOrganisation, rolesWith } from "@/lib/policy";
import type { ChangeRoleInput, CreateUserInput, ResetPasswordInput, SetActiveInput } from "./schemas";

// User administration (ADMIN only). Every change is checked here, whatever page or action calls
// it, is audited in its transaction, and refuses to overwrite a newer version (optimistic locking).

function assertAdmin(actor: ActingUser): void {
  if (!can(actor, "users.manage")) throw new DomainError("forbidden");
}

const auditActor = (actor: ActingUser) => ({ id: actor.id, email: actor.email });

/** Partner users need an existing organisation; everybody else has none. */
async function checkOrganisation(tx: Prisma.TransactionClient, role: Role, partnerId: string | null): Promise<void> {
  if (roleHasOrganisation(role) && !partnerId)
    throw new DomainError("partnerRequired", { partnerId: ["partnerRequired"] });
  if (!roleHasOrganisation(role) && partnerId)
    throw new DomainError("partnerNotAllowed", { partnerId: ["partnerNotAllowed"] });
  if (partnerId && !(await tx.partner.findUnique({ where: { id: partnerId }, select: { id: true } }))) {
    throw new DomainError("unknownPartner", { partnerId: ["unknownPartner"] });
  }
}

/** Loads the user to change at the version the admin saw, or explains why not. */
async function lockedTarget(tx: Prisma.TransactionClient, actor: ActingUser, userId: string, version: number) {
  if (userId === actor.id) throw new DomainError("cannotChangeOwnAccount");
  const target = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, partnerId: true, isActive: true, version: true },
  });
  if (!target) throw new DomainError("notFound");
  if (target.version !== version) throw new DomainError("conflict");
  return target;
}

/** Writes `data` only if nobody changed the user since `version` was read; bumps the version. */
async function writeVersioned(
  tx: Prisma.TransactionClient,
  userId: string,
  version: number,
  data: Prisma.UserUpdateManyMutationInput & { partnerId?: string | null },
) {
  const { count } = await tx.user.updateMany({
    where: { id: userId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new DomainError("conflict");
}

async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const others = await tx.user.count({
    where: { role: { in: [...rolesWith("users.manage")] }, isActive: true, id: { not: userId } },
  });
  if (others === 0) throw new DomainError("lastAdmin");
}

export async function createUser(
  actor: ActingUser,
  input: CreateUserInput,
): Promise<{ id: string; name: string; temporaryPassword: string }> {
  assertAdmin(actor);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashNewPassword(temporaryPassword);
  return db.$transaction(async (tx) => {
    await checkOrganisation(tx, input.role, input.partnerId);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new DomainError("emailTaken", { email: ["emailTaken"] });
    }
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        partnerId: input.partnerId,
        passwordHash,
        mustChangePassword: true,
      },
      select: { id: true },
    });
    const { email, name, role, partnerId } = input;
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      changes: changedFields(
        { email: null, name: null, role: null, partnerId: null },
        { email, name, role, partnerId },
      ),
    });
    return { id: user.id, name: input.name, temporaryPassword };
  });
}

/** Changes the role (and organisation) of a user; their open sessions end, so they sign in again under the new role. */
export async function changeUserRole(actor: ActingUser, input: ChangeRoleInput): Promise<{ endedSessions: number }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const target = await lockedTarget(tx, actor, input.userId, input.version);
    await checkOrganisation(tx, input.role, input.partnerId);
    if (isUserManagerRole(target.role) && !isUserManagerRole(input.role)) await assertAnotherActiveAdmin(tx, target.id);
    const after = { role: input.role, partnerId: input.partnerId };
    await writeVersioned(tx, target.id, input.version, after);
    const endedSessions = await endUserSessions(tx, target.id, "ROLE_CHANGED");
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: "user.changeRole",
      entityType: "User",
      entityId: target.id,
      changes: changedFields({ role: target.role, partnerId: target.partnerId }, after),
    });
    return { endedSessions };
  });
}

export async function setUserActive(actor: ActingUser, input: SetActiveInput): Promise<{ endedSessions: number }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const target = await lockedTarget(tx, actor, input.userId, input.version);
    if (!input.isActive && isUserManagerRole(target.role)) await assertAnotherActiveAdmin(tx, target.id);
    await writeVersioned(tx, target.id, input.version, { isActive: input.isActive });
    // Deactivation ends the user's sessions at once (their API tokens stop with the inactive user).
    const endedSessions = input.isActive ? 0 : await endUserSessions(tx, target.id, "DEACTIVATED");
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: input.isActive ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: target.id,
      changes: changedFields({ isActive: target.isActive }, { isActive: input.isActive }),
    });
    return { endedSessions };
  });
}

/**
 * Replaces the password with a temporary one (returned once, never stored in clear), ends the
 * user's sessions and revokes their API tokens and calendar feeds.
 */
export async function resetUserPassword(
  actor: ActingUser,
  input: ResetPasswordInput,
): Promise<{ temporaryPassword: string; endedSessions: number; revokedTokens: number }> {
  assertAdmin(actor);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashNewPassword(temporaryPassword);
  const ended = await db.$transaction(async (tx) => {
    const target = await lockedTarget(tx, actor, input.userId, input.version);
    await writeVersioned(tx, target.id, input.version, { passwordHash, mustChangePassword: true });
    const endedSessions = await endUserSessions(tx, target.id, "PASSWORD_RESET");
    const revokedTokens = await revokeAllAccessTokens(tx, target.id);
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: "user.resetPassword",
      entityType: "User",
      entityId: target.id,
      changes: { endedSessions, revokedTokens },
    });
    return { endedSessions, revokedTokens };
  });
  return { temporaryPassword, ...ended };
}

/** Ends every open session of a user ("sign out everywhere"); their API tokens are left alone. */
export async function endUserSessionsEverywhere(
  actor: ActingUser,
  input: { userId: string },
): Promise<{ endedSessions: number }> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    // One's own sessions are ended from the account page, which keeps the current one.
    if (input.userId === actor.id) throw new DomainError("cannotChangeOwnAccount");
    if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } })))
      throw new DomainError("notFound");
    const endedSessions = await endUserSessions(tx, input.userId, "SIGNED_OUT_EVERYWHERE");
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: "user.signOutEverywhere",
      entityType: "User",
      entityId: input.userId,
      changes: { endedSessions },
    });
    return { endedSessions };
  });
}
