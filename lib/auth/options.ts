import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { clientIpFrom } from "./client-ip";
import { endSession, sessionMaxAgeSeconds } from "./sessions";
import { authenticate } from "./sign-in";

// The session token is a JWT in an HttpOnly cookie naming a server-side session row, valid for
// one working day (docs/decisions/005-sessions-and-access.md).

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
          return { id: outcome.user.id, email: outcome.user.email, sessionId: outcome.user.sessionId };
        },
      }),
    ],
    callbacks: {
      // The token holds who and which session; the session row, role, organisation and activity
      // are read from the database on every request (lib/auth.ts), so changes apply at once.
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = (user as { sessionId?: string }).sessionId;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionId: token.sid };
      },
    },
    events: {
      // Signing out ends the session on the server: the cookie, if someone kept a copy, is dead.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
  };
}
