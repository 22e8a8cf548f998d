// Every API error is an RFC 9457 problem document (application/problem+json). `type` points at
// the API reference page, which explains each kind; `errors` lists the fields to correct.
import type { ConflictField } from "@/lib/action-result";

export const problemKinds = {
  malformedRequest: { status: 400, title: "Malformed request" },
  unauthenticated: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Forbidden" },
  notFound: { status: 404, title: "Not found" },
  methodNotAllowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  payloadTooLarge: { status: 413, title: "Request body too large" },
  unsupportedMediaType: { status: 415, title: "Unsupported media type" },
  invalidInput: { status: 422, title: "Invalid input" },
  tooManyRequests: { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
} as const;

export type ProblemKind = keyof typeof problemKinds;

/** A field to correct: its path in the body or query ("partners.0.partnerId"), a stable code and a sentence. */
export type ProblemField = { field: string; code: string; message: string };

export type ProblemDocument = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemField[];
  /** On 409 for a stale version: the fields someone else changed, with their current values. */
  conflict?: ConflictField[];
};

/** Where the reference page explains a kind of problem. */
export const problemTypeUri = (kind: ProblemKind) => `/api-reference#problem-${kind}`;

/** An expected failure thrown inside an API handler; the handler turns it into its problem document. */
export class ApiProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly extra: { errors?: ProblemField[]; conflict?: ConflictField[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = "ApiProblem";
  }
}

/**
 * The problem document of `kind`. Its title is in the caller's language when they are known
 * (`t`, lib/api/messages.ts), in English before (401, 429 by address).
 */
export function problemResponse(
  kind: ProblemKind,
  detail: string,
  extra: ApiProblem["extra"] = {},
  t?: { title(kind: ProblemKind): string },
): Response {
  const { status } = problemKinds[kind];
  const title = t ? t.title(kind) : problemKinds[kind].title;
  const body: ProblemDocument = {
    type: problemTypeUri(kind),
    title,
    status,
    detail,
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.conflict ? { conflict: extra.conflict } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...extra.headers },
  });
}
