import NextAuth from "next-auth";
import { hasUnusableCallbackUrl } from "@/lib/auth/callback-url-guard";
import { getAuthOptions } from "@/lib/auth/options";
import { getEnv } from "@/lib/env";

// next-auth's own endpoints (sign-in, sign-out, session, CSRF). Built per request so that the
// configuration is read at run time, not at build time.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (await hasUnusableCallbackUrl(request, getEnv().NEXTAUTH_URL)) return Response.json({ message: "Invalid callback URL." }, { status: 400 });
  return NextAuth(getAuthOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
