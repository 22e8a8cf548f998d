import { NextRequest } from "next/server";
import type { Outcome } from "@/tests/authorization/matrix";
import { cookieHeader } from "../request-scope";
import type { MatrixUser, World } from "../world";

/** One request to a route handler, made for one caller. */
export type RouteCall = {
  /** Path and query ("/dashboard/export?year=2016&table=sectors"). */
  url: string;
  /** The dynamic segments, as Next passes them ({ nextauth: ["session"] }). */
  params?: Record<string, string | string[]>;
  init?: { method?: string; headers?: Record<string, string>; body?: string };
  /** Runs in the caller's request scope just before the request is built (a CSRF round trip). */
  beforeSend?: (call: RouteCall) => Promise<void>;
  /** Reads the answer when its status alone does not say the outcome (a scoped list, an empty session). */
  outcomeOf?: (response: Response) => Promise<Outcome | string>;
  /** The audit entry an allowed call writes, by the caller (for routes that change records). */
  audit?: string;
  /** Extra proof that an allowed call did what it should. */
  verify?: (response: Response) => Promise<void>;
};

export type RouteScenario = {
  prepare(world: World, caller: MatrixUser | null): Promise<RouteCall>;
};

/** The request a browser would send: same URL, the session cookie of the current request scope. */
export function browserRequest(call: RouteCall, method: string): NextRequest {
  const headers = new Headers(call.init?.headers);
  const cookies = cookieHeader();
  if (cookies) headers.set("cookie", cookies);
  return new NextRequest(new URL(call.url, "http://localhost:3000"), {
    method,
    headers,
    ...(call.init?.body !== undefined ? { body: call.init.body } : {}),
  });
}

/** The outcome an HTTP status stands for. */
export function outcomeOfStatus(response: Response): Outcome | string {
  if (response.status >= 200 && response.status < 300) return "ok";
  if ([401, 403, 404].includes(response.status)) return String(response.status) as Outcome;
  const location = response.headers.get("location") ?? "";
  if (response.status >= 300 && response.status < 400 && /\/sign-in/.test(location)) return "sign-in";
  return `status ${response.status}`;
}
