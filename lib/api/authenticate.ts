import "server-only";
import { getCurrentUser, type ActingUser } from "@/lib/auth";
import { findTokenUser } from "./tokens";

// A caller is either a program with `Authorization: Bearer <token>` or the browser of a signed-in
// user (the session cookie, for the reference page's examples). A request that presents a token
// is judged by the token alone: a bad token is a 401 even if a cookie is there too.

export type ApiCaller = { user: ActingUser | null; presentedToken: boolean };

export async function authenticate(request: Request): Promise<ApiCaller> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return { user: match?.[1] ? await findTokenUser(match[1], "API") : null, presentedToken: true };
  }
  // Route handlers called outside a request (tests) have no cookie store: only read it when sent.
  if (request.headers.get("cookie")) return { user: await getCurrentUser(), presentedToken: false };
  return { user: null, presentedToken: false };
}
