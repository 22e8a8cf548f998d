// Calls the /api/v1 route handlers in process, as an HTTP client would, and checks every answer
// against the OpenAPI document the API serves (status listed for the operation, body valid
// against its schema). Used by every API contract test.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import * as collection from "@/app/api/v1/[resource]/route";
import * as item from "@/app/api/v1/[resource]/[id]/route";
import * as restore from "@/app/api/v1/[resource]/[id]/restore/route";
import * as status from "@/app/api/v1/[resource]/[id]/status/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import type { ActingUser } from "@/lib/auth/session-user";
import { createAccessToken } from "@/lib/api/tokens";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Method = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";

/** Extra routes (figures…) register here: a path pattern and its module. */
const extraRoutes: { pattern: RegExp; module: Partial<Record<Method, Handler>>; keys: string[] }[] = [];

export function registerRoute(pattern: RegExp, module: Partial<Record<Method, Handler>>, keys: string[] = []): void {
  extraRoutes.push({ pattern, module, keys });
}

const routes: { pattern: RegExp; module: Partial<Record<Method, Handler>>; keys: string[] }[] = [
  { pattern: /^\/api\/v1\/openapi\.json$/, module: openapi as unknown as Partial<Record<Method, Handler>>, keys: [] },
  {
    pattern: /^\/api\/v1\/([^/]+)\/([^/]+)\/restore$/,
    module: restore as Partial<Record<Method, Handler>>,
    keys: ["resource", "id"],
  },
  {
    pattern: /^\/api\/v1\/([^/]+)\/([^/]+)\/status$/,
    module: status as Partial<Record<Method, Handler>>,
    keys: ["resource", "id"],
  },
  {
    pattern: /^\/api\/v1\/([^/]+)\/([^/]+)$/,
    module: item as Partial<Record<Method, Handler>>,
    keys: ["resource", "id"],
  },
  { pattern: /^\/api\/v1\/([^/]+)$/, module: collection as Partial<Record<Method, Handler>>, keys: ["resource"] },
];

export type ApiAnswer = { status: number; headers: Headers; body: unknown; contentType: string };

export type CallOptions = { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> };

export async function callApi(method: Method, pathAndQuery: string, options: CallOptions = {}): Promise<ApiAnswer> {
  const url = new URL(pathAndQuery, "http://localhost:3000");
  const route = [...extraRoutes, ...routes].find((candidate) => candidate.pattern.test(url.pathname));
  if (!route) throw new Error(`No route for ${url.pathname}`);
  const match = route.pattern.exec(url.pathname)!;
  const params = Object.fromEntries(route.keys.map((key, index) => [key, decodeURIComponent(match[index + 1] ?? "")]));
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  const handler = route.module[method];
  if (!handler) return { status: 405, headers: new Headers(), body: null, contentType: "" };
  const response = await handler(new Request(url, { method, headers, ...(body !== undefined ? { body } : {}) }), {
    params: Promise.resolve(params),
  });
  const contentType = response.headers.get("content-type") ?? "";
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text && contentType.includes("json") ? JSON.parse(text) : text,
    contentType,
  };
}

/** A user of `role` and an API token that acts for them. */
export async function tokenFor(user: ActingUser): Promise<string> {
  return (await createAccessToken(user, { kind: "API", name: "tests" })).secret;
}

/** Compiled validators by schema text: compiling is the slow part. */
const compiled = new Map<string, ReturnType<Ajv2020["compile"]>>();

let validator: { document: Record<string, unknown>; ajv: Ajv2020 } | undefined;

async function contract() {
  if (!validator) {
    const answer = await callApi("GET", "/api/v1/openapi.json");
    const document = answer.body as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "openapi", components: (document as { components: unknown }).components });
    validator = { document, ajv };
  }
  return validator;
}

/** The OpenAPI path template that matches a concrete path ("/api/v1/towns/abc" → "/api/v1/towns/{id}"). */
function pathTemplate(document: Record<string, unknown>, path: string): string {
  const templates = Object.keys(document.paths as object);
  const found = templates.find((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path));
  if (!found) throw new Error(`The OpenAPI document has no path for ${path}`);
  return found;
}

/**
 * Calls the API and asserts the answer is one the document promises for this operation: the
 * status is listed, and the body validates against the listed schema (problem documents too).
 */
export async function callChecked(method: Method, pathAndQuery: string, options: CallOptions = {}): Promise<ApiAnswer> {
  const answer = await callApi(method, pathAndQuery, options);
  const { document, ajv } = await contract();
  const path = new URL(pathAndQuery, "http://localhost").pathname;
  const operation = (
    document.paths as Record<
      string,
      Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }> }>
    >
  )[pathTemplate(document, path)]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} is in the OpenAPI document`).toBeDefined();
  let response = operation!.responses[String(answer.status)];
  expect(response, `${method} ${path} may answer ${answer.status} (${JSON.stringify(answer.body)})`).toBeDefined();
  if (response?.$ref) {
    const name = response.$ref.split("/").pop()!;
    response = (document.components as { responses: Record<string, typeof response> }).responses[name];
  }
  const [mediaType, content] = Object.entries(response?.content ?? {})[0] ?? [];
  if (mediaType) {
    expect(answer.contentType.split(";")[0]).toBe(mediaType);
    const key = JSON.stringify(content!.schema).replaceAll('"#/components/', '"openapi#/components/');
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(JSON.parse(key) as object);
      compiled.set(key, validate);
    }
    const valid = validate(answer.body);
    expect(
      valid,
      `${method} ${path} ${answer.status} body matches the document: ${ajv.errorsText(validate.errors)}`,
    ).toBe(true);
  }
  return answer;
}
