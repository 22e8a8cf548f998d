import type { ActingUser } from "@/lib/auth/session-user";
import { openSession } from "@/lib/auth/sessions";
import { buildPartner } from "@/tests/factories/partners";
import { buildUser } from "@/prisma/factories/users";
import { testDb } from "../setup/database";

type Role = ActingUser["role"];

/** Creates a user of `role` (with an organisation for partners) and returns them as the data layer sees them. */
export async function createActingUser(
  role: Role,
  overrides: { password?: string; email?: string } = {},
): Promise<ActingUser> {
  const partnerId = role === "PARTNER" ? (await testDb.partner.create({ data: buildPartner() })).id : null;
  const data = await buildUser({
    role,
    ...overrides,
    ...(partnerId ? { partner: { connect: { id: partnerId } } } : {}),
  });
  const user = await testDb.user.create({ data });
  return { id: user.id, email: user.email, name: user.name, role, partnerId, locale: "fr", mustChangePassword: false };
}

/** `user` signed in on one more browser: a session row, as a successful sign-in opens. */
export async function signedIn(user: ActingUser): Promise<ActingUser & { sessionId: string }> {
  return { ...user, sessionId: await openSession(testDb, user.id) };
}

export async function auditActions(): Promise<string[]> {
  const entries = await testDb.auditEntry.findMany({ orderBy: { id: "asc" }, select: { action: true } });
  return entries.map((entry) => entry.action);
}
