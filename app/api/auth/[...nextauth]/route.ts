import NextAuth from "next-auth";
import { hasUnusableCallbackUrl, isFormPost } from "@/lib/auth/callback-url-guard";
import { getAuthOptions } from "@/lib/auth/options";
import { getEnv } from "@/lib/env";

// next-auth's own endpoints (sign-in, sign-out, session, CSRF). Built per request so that the
// configuration is read at run time, not at build time. Requests next-auth would answer with a 500
// are refused first as the bad requests they are.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (request.method === "POST" && !isFormPost(request))
    return Response.json({ message: "Send a form (application/x-www-form-urlencoded)." }, { status: 415 });
  if (await hasUnusableCallbackUrl(request, getEnv().NEXTAUTH_URL))
    return Response.json({ message: "Invalid callback URL." }, { status: 400 });
  return NextAuth(getAuthOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
