import "server-only";
import { db } from "@/lib/db";
import type { Role } from "./schemas";

/** The signed-in user as every data-layer function receives it: who, what role, which organisation. */
export type ActingUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string | null;
  locale: "fr" | "en";
  mustChangePassword: boolean;
};

/**
 * The user a session token speaks for, or null. The token alone is not trusted: the user must still
 * exist and be active, and the token's session version must be current (deactivation and password
 * resets bump it), so those end every open session at its next request.
 */
export async function findSessionUser(userId: string, sessionVersion: number | undefined): Promise<ActingUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, email: true, name: true, role: true, partnerId: true, locale: true,
      mustChangePassword: true, isActive: true, sessionVersion: true,
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  const { id, email, name, role, partnerId, locale, mustChangePassword } = user;
  return { id, email, name, role, partnerId, locale, mustChangePassword };
}
