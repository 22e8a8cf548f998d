import "server-only";
import { ConflictError, DomainError, type DomainErrorCode } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { getEnv } from "@/lib/env";
import { authenticate } from "./authenticate";
import { AreaInputError, issuesToFields } from "./input";
import { apiTranslator, type ApiTranslator } from "./messages";
import { ApiProblem, problemResponse, type ProblemKind } from "./problem";
import { consumeRateLimit } from "./rate-limit";

// The frame of every /api/v1 handler: who is calling (401 otherwise), their request budget (429),
// and one translation of failures into problem documents, so each route only says what it does.

export type ApiContext = { request: Request; user: ActingUser; t: ApiTranslator; params: Record<string, string> };

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** Domain errors that describe the record's state rather than the input: 409. */
const stateConflicts = new Set<DomainErrorCode>([
  "conflict",
  "nameTaken",
  "emailTaken",
  "archived",
  "yearAlreadyClosed",
  "yearNotClosed",
]);

function domainErrorStatus(code: DomainErrorCode): ProblemKind {
  if (code === "notFound") return "notFound";
  if (code === "forbidden") return "forbidden";
  return stateConflicts.has(code) ? "conflict" : "invalidInput";
}

function domainProblem(error: DomainError, t: ApiTranslator): Response {
  const errors = Object.entries(error.fieldErrors ?? {}).flatMap(([field, codes]) =>
    (codes ?? []).map((code) => ({ field, code, message: t.error(code) })),
  );
  return problemResponse(
    domainErrorStatus(error.code),
    t.error(error.code),
    {
      ...(errors.length > 0 ? { errors } : {}),
      ...(error instanceof ConflictError ? { conflict: error.changed } : {}),
    },
    t,
  );
}

function flatParams(params: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : value]),
  );
}

export function apiRoute(handler: (context: ApiContext) => Promise<Response>) {
  return async (request: Request, route: RouteContext): Promise<Response> => {
    let t = await apiTranslator("en");
    try {
      const caller = await authenticate(request);
      const limit = getEnv().API_RATE_LIMIT_PER_MINUTE;
      const budget = await consumeRateLimit(
        caller.user ? `user:${caller.user.id}` : `ip:${clientIpFrom(request.headers)}`,
        limit,
      );
      if (!budget.allowed) {
        return problemResponse(
          "tooManyRequests",
          `More than ${limit} requests in a minute: wait before trying again.`,
          {
            headers: { "Retry-After": String(budget.retryAfterSeconds) },
          },
        );
      }
      if (!caller.user) {
        const detail = caller.presentedToken
          ? "The token is unknown, revoked, or its user is deactivated."
          : "Send an API token: Authorization: Bearer <token>.";
        return problemResponse("unauthenticated", detail, { headers: { "WWW-Authenticate": 'Bearer realm="api"' } });
      }
      t = await apiTranslator(caller.user.locale);
      // Next passes no params at all to a route without dynamic segments (/api/v1/figures).
      return await handler({ request, user: caller.user, t, params: flatParams((await route.params) ?? {}) });
    } catch (error) {
      if (error instanceof ApiProblem) return problemResponse(error.kind, error.detail, error.extra, t);
      if (error instanceof AreaInputError)
        return problemResponse("invalidInput", t.field("summary"), { errors: issuesToFields(error.error, t) }, t);
      if (error instanceof DomainError) return domainProblem(error, t);
      console.error("Unexpected error in an API route", error);
      return problemResponse("internal", t.error("unexpected"), {}, t);
    }
  };
}

/** A JSON answer that no cache keeps (every answer depends on who asks). */
export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...init.headers },
  });
}
