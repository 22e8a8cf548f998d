import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { clientIpFrom } from "./client-ip";
import { authenticate } from "./sign-in";

/** Sessions are JWTs in an HttpOnly cookie, valid for one working day (docs/decisions/005-sessions.md). */
export const sessionMaxAgeSeconds = 8 * 60 * 60;

export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  const isSecure = env.NODE_ENV === "production" && env.NEXTAUTH_URL.startsWith("https://");
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    jwt: { maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    useSecureCookies: isSecure,
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const outcome = await authenticate(credentials, clientIpFrom(request.headers ?? {}));
          // next-auth hands a thrown message to the sign-in form as `error`; it maps it to text.
          if (!outcome.ok) throw new Error(outcome.reason);
          return { id: outcome.user.id, email: outcome.user.email, sessionVersion: outcome.user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // The token holds who and which session version; role, organisation and activity are read
      // from the database on every request (lib/auth.ts), so changes apply at once.
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
      },
    },
  };
}
