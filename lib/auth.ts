import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getAuthOptions } from "@/lib/auth/options";
import { sessionCookieNames } from "@/lib/auth/session-cookies";
import type { ActingUser } from "@/lib/auth/session-user";
import { findSessionUser } from "@/lib/auth/sessions";
import { can, type Capability } from "@/lib/policy";

export type { ActingUser };

/**
 * The user behind this request's session, or null; one query per request, shared by all who ask
 * (React cache). This includes a user who must still change a temporary password: only the
 * password page, the language switch and the sign-in page may use it directly.
 */
export const getSessionUser = cache(async (): Promise<ActingUser | null> => {
  // No session cookie, no user: also keeps pages prerendered at build time (the 404 page) from
  // reading the runtime configuration.
  const cookieStore = await cookies();
  if (!sessionCookieNames.some((name) => cookieStore.has(name))) return null;
  const session = await getServerSession(getAuthOptions());
  return session?.userId ? findSessionUser(session.userId, session.sessionId) : null;
});

/**
 * The signed-in user for downloads, exports and the API, or null. A session opened with a
 * temporary password can do nothing but change it, so it counts as no user here.
 */
export async function getCurrentUser(): Promise<ActingUser | null> {
  const user = await getSessionUser();
  return user && !user.mustChangePassword ? user : null;
}

/**
 * The signed-in user, or a redirect to the sign-in page (also from a server action, so a
 * deactivated user's open tab lands there). A user who must change a temporary password is sent
 * to the password page first.
 */
export async function requireUser(options: { allowPendingPasswordChange?: boolean } = {}): Promise<ActingUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword && !options.allowPendingPasswordChange) redirect("/account/password");
  return user;
}

/** The signed-in user if they hold one of `capabilities` (lib/policy.ts); otherwise the 403 page. */
export async function requireCapability(...capabilities: [Capability, ...Capability[]]): Promise<ActingUser> {
  const user = await requireUser();
  if (!capabilities.some((capability) => can(user, capability))) forbidden();
  return user;
}
