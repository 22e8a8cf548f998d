import "server-only";
import { DomainError } from "@/lib/action-result";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { generateTemporaryPassword, hashNewPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeRoleInput, CreateUserInput, ResetPasswordInput, SetActiveInput } from "./schemas";

// User administration (ADMIN only). Every change is checked here, whatever page or action calls
// it, is audited in its transaction, and refuses to overwrite a newer version (optimistic locking).

function assertAdmin(actor: ActingUser): void {
  if (actor.role !== "ADMIN") throw new DomainError("forbidden");
}

const auditActor = (actor: ActingUser) => ({ id: actor.id, email: actor.email });

/** Partner users need an existing organisation; everybody else has none. */
async function checkOrganisation(tx: Prisma.TransactionClient, role: string, partnerId: string | null): Promise<void> {
  if (role === "PARTNER" && !partnerId) throw new DomainError("partnerRequired", { partnerId: ["partnerRequired"] });
  if (role !== "PARTNER" && partnerId) throw new DomainError("partnerNotAllowed", { partnerId: ["partnerNotAllowed"] });
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
async function writeVersioned(tx: Prisma.TransactionClient, userId: string, version: number, data: Prisma.UserUpdateManyMutationInput & { partnerId?: string | null }) {
  const { count } = await tx.user.updateMany({ where: { id: userId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new DomainError("conflict");
}

async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "ADMIN", isActive: true, id: { not: userId } } });
  if (others === 0) throw new DomainError("lastAdmin");
}

export async function createUser(actor: ActingUser, input: CreateUserInput): Promise<{ id: string; name: string; temporaryPassword: string }> {
  assertAdmin(actor);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashNewPassword(temporaryPassword);
  return db.$transaction(async (tx) => {
    await checkOrganisation(tx, input.role, input.partnerId);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new DomainError("emailTaken", { email: ["emailTaken"] });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, partnerId: input.partnerId, passwordHash, mustChangePassword: true },
      select: { id: true },
    });
    const { email, name, role, partnerId } = input;
    await recordAudit(tx, {
      actor: auditActor(actor), action: "user.create", entityType: "User", entityId: user.id,
      changes: changedFields({ email: null, name: null, role: null, partnerId: null }, { email, name, role, partnerId }),
    });
    return { id: user.id, name: input.name, temporaryPassword };
  });
}

export async function changeUserRole(actor: ActingUser, input: ChangeRoleInput): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const target = await lockedTarget(tx, actor, input.userId, input.version);
    await checkOrganisation(tx, input.role, input.partnerId);
    if (target.role === "ADMIN" && input.role !== "ADMIN") await assertAnotherActiveAdmin(tx, target.id);
    const after = { role: input.role, partnerId: input.partnerId };
    await writeVersioned(tx, target.id, input.version, after);
    await recordAudit(tx, {
      actor: auditActor(actor), action: "user.changeRole", entityType: "User", entityId: target.id,
      changes: changedFields({ role: target.role, partnerId: target.partnerId }, after),
    });
  });
}

export async function setUserActive(actor: ActingUser, input: SetActiveInput): Promise<void> {
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const target = await lockedTarget(tx, actor, input.userId, input.version);
    if (!input.isActive && target.role === "ADMIN") await assertAnotherActiveAdmin(tx, target.id);
    // Deactivation ends the user's sessions at their next request (lib/auth.ts checks the version).
    await writeVersioned(tx, target.id, input.version, { isActive: input.isActive, sessionVersion: { increment: 1 } });
    await recordAudit(tx, {
      actor: auditActor(actor), action: input.isActive ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: target.id,
      changes: changedFields({ isActive: target.isActive }, { isActive: input.isActive }),
    });
  });
}

/** Replaces the password with a temporary one (returned once, never stored in clear) and ends the user's sessions. */
export async function resetUserPassword(actor: ActingUser, input: ResetPasswordInput): Promise<{ temporaryPassword: string }> {
  assertAdmin(actor);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashNewPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    const target = await lockedTarget(tx, actor, input.userId, input.version);
    await writeVersioned(tx, target.id, input.version, { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } });
    await recordAudit(tx, { actor: auditActor(actor), action: "user.resetPassword", entityType: "User", entityId: target.id });
  });
  return { temporaryPassword };
}
