import { NextResponse, type NextRequest } from "next/server";
import { sessionCookieNames } from "@/lib/auth/session-cookies";
import { getEnv } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { checkWriteOrigin, refusedOriginMessage } from "@/lib/security/request-origin";

// Runs before every page: refuses a write (form post, server action, import) that does not come
// from the app's own origin, sets a per-request Content-Security-Policy nonce, and sends visitors
// without a session cookie to the sign-in page. It only looks at the cookie: the real checks
// (valid session, active user, role) are in lib/auth.ts and the data layer.

const publicPaths = ["/sign-in"];

export function proxy(request: NextRequest) {
  const publicUrl = getEnv().NEXTAUTH_URL;
  const origin = checkWriteOrigin(request.method, request.headers.get("origin"), publicUrl);
  if (!origin.ok) {
    return new NextResponse(refusedOriginMessage(origin, publicUrl), {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { pathname, search } = request.nextUrl;
  const isPublic = publicPaths.includes(pathname);
  const hasSessionCookie = sessionCookieNames.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSessionCookie) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // API routes, build assets and the icon need neither the redirect nor a page nonce.
  matcher: ["/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
