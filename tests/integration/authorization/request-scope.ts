// The one thing Next.js gives the app that a test process lacks: the request's cookies and headers
// (`next/headers` only works inside a request). This module plays that part, so the app's real
// authentication runs end to end: a signed-in caller carries a real next-auth session token
// (a JWT encoded with the app's secret), which next-auth's getServerSession decodes and
// lib/auth.ts checks against the database, exactly as in production.
import { createRequire } from "node:module";
import { encode } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { sessionCookieNames } from "@/lib/auth/session-cookies";
import { openSession } from "@/lib/auth/sessions";
import { testDb } from "../setup/database";

type CookieOptions = Record<string, unknown>;

/** The subset of Next's request cookie store the app and next-auth use. */
export class RequestCookies {
  private readonly values = new Map<string, string>();

  get(name: string): { name: string; value: string } | undefined {
    const value = this.values.get(name);
    return value === undefined ? undefined : { name, value };
  }

  getAll(): { name: string; value: string }[] {
    return [...this.values].map(([name, value]) => ({ name, value }));
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  set(nameOrCookie: string | { name: string; value: string }, value?: string, _options?: CookieOptions): this {
    if (typeof nameOrCookie === "string") this.values.set(nameOrCookie, value ?? "");
    else this.values.set(nameOrCookie.name, nameOrCookie.value);
    return this;
  }

  delete(name: string): this {
    this.values.delete(name);
    return this;
  }

  clear(): void {
    this.values.clear();
  }
}

const scope = { cookies: new RequestCookies(), headers: new Headers(), number: 0 };

/** Which request this is: anything cached per request starts again with the next one. */
export const requestNumber = () => scope.number;

export const requestCookies = () => scope.cookies;

/** `next/headers` as the app imports it. */
export const nextHeadersModule = {
  cookies: async () => scope.cookies,
  headers: async () => scope.headers,
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

// next-auth (a CommonJS package loaded by Node itself, not by the test runner) requires
// `next/headers` inside getServerSession: give it the same request.
const cjsNextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
Object.assign(cjsNextHeaders, nextHeadersModule);

/** Starts a new request: no cookies, the given headers. */
export function newRequest(headers: Record<string, string> = {}): void {
  scope.number += 1;
  scope.cookies.clear();
  scope.headers = new Headers({ "user-agent": "authorization-matrix", "x-forwarded-for": "10.20.30.40", ...headers });
}

const issued = new Map<string, { sessionId: string; token: string }>();

/**
 * A session token for the user, as next-auth issues it at sign-in (see lib/auth/options.ts): a
 * session row and a JWT naming it. One per user while its session stays open, so a test that
 * counts writes sees none from signing in again; a new one once a test ended it.
 */
export async function sessionTokenFor(user: { id: string }): Promise<string> {
  const known = issued.get(user.id);
  if (known && (await testDb.userSession.count({ where: { id: known.sessionId, endedAt: null } })) === 1)
    return known.token;
  const sessionId = await openSession(testDb, user.id);
  const token = await encode({
    token: { sub: user.id, sid: sessionId },
    secret: getEnv().NEXTAUTH_SECRET,
    maxAge: 60 * 60,
  });
  issued.set(user.id, { sessionId, token });
  return token;
}

/** The next request is made by `user`'s browser (signed in), or by an anonymous one. */
export async function requestAs(user: { id: string } | null): Promise<void> {
  newRequest();
  if (user) scope.cookies.set(sessionCookieNames[0]!, await sessionTokenFor(user));
}

/** The Cookie header of the current request, for route handlers that read the Request itself. */
export function cookieHeader(): string {
  return scope.cookies
    .getAll()
    .map(({ name, value }) => `${name}=${value}`)
    .join("; ");
}
