// Every input of every API operation gets hundreds of hostile values, sent by ADMIN's token (the
// role that may call every operation, so the input handling is what is tried): bodies close to valid with
// fields made hostile, raw bodies that are not JSON, hostile query strings, record ids and
// If-Match headers. Whatever arrives: never a 5xx, always an answer the OpenAPI document lists,
// and a refused request writes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { findResource } from "@/lib/api/resources";
import { apiOperations } from "@/tests/authorization/matrix";
import { callChecked, tokenFor } from "../api/client";
import { apiExtraScenarios, operationOf, registerApiRoutes, type OperationKind } from "../authorization/api/cells";
import { apiResourceScenarios } from "../authorization/api/resources";
import type { Fixture } from "../authorization/fixtures";
import { createWorld, type World } from "../authorization/world";
import { hostileJson, hostileString, hostileVariant, runsPerInput } from "./hostile";
import { countWritesInEachTest, writeCount } from "./write-counter";

vi.mock("next/headers", () => import("../authorization/request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("../authorization/next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () =>
  import("../authorization/next-modules").then((modules) => modules.nextIntlServerModule),
);

// Thousands of requests a minute from one token: the shared rate limit is not what is tried here.
process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";

countWritesInEachTest();

let inputsTried = 0;

beforeAll(registerApiRoutes);

afterAll(() => {
  console.info(`API fuzzing: ${inputsTried} hostile requests over ${Object.keys(apiOperations).length} operations`);
});

type Method = "GET" | "POST" | "PUT" | "DELETE";
type HostileRequest = { url: string; body?: unknown; rawBody?: string; headers?: Record<string, string> };

// HTTP cannot carry every character in a header (no NUL, CR, LF or code points above 255): those never reach a server.
const isHeaderValue = (value: string) => /^[\t\x20-\x7e\x80-\xff]*$/.test(value);
const hostileIfMatch = fc.oneof(
  hostileString.filter(isHeaderValue),
  fc.constantFrom('"1"', 'W/"1"', '"0"', '"-1"', '"99999999999"', "*", '"1", "2"'),
);
const contentTypes = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "application/merge-patch+json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "",
);
/** Whether a URL can carry the text at all (half a surrogate pair cannot be percent-encoded). */
function canBeInUrl(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

// "." and ".." are not ids: URLs resolve them to another path before any server sees them.
const hostileId = fc.oneof(
  hostileString.filter((id) => id.length > 0 && id.length < 3000 && id !== "." && id !== ".." && canBeInUrl(id)),
  fc.constantFrom("%2e%2e", "0", "null", "undefined"),
);

/** Query strings: the operation's own parameter names and some others, with hostile values, sometimes repeated. */
function hostileQuery(names: string[]): fc.Arbitrary<string> {
  return fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...names, "q"),
          hostileString.filter((name) => name.length < 100),
        ),
        hostileString,
      ),
      { maxLength: 4 },
    )
    .map((pairs) => new URLSearchParams(pairs.map(([name, value]) => [name, value.slice(0, 4000)])).toString());
}

/** A raw body that is not what the operation expects: broken JSON, other media types, huge, deeply nested. */
const hostileRawBody = fc.record({
  text: fc.oneof(
    hostileString,
    fc.constantFrom(
      "{",
      "[]",
      "null",
      '{"a":',
      "\u0000",
      "[".repeat(10_000),
      `${"[".repeat(5000)}${"]".repeat(5000)}`,
      JSON.stringify({ a: "x".repeat(1_100_000) }),
    ),
  ),
  contentType: contentTypes.filter(isHeaderValue),
});

/** A valid body of the operation, for the hostile variants to start from (a part's names a new mission). */
async function validBodyOf(id: string, world: World, record: Fixture | null): Promise<Record<string, unknown>> {
  const { kind, resource: name } = operationOf(id);
  if (kind === "extra") return {};
  const scenario = apiResourceScenarios[name!]!;
  if (kind === "create") return scenario.createBody(world);
  if (kind === "update") return scenario.updateBody(world, record!);
  return kind === "status" ? (scenario.statusBody ?? {}) : { version: 1 };
}

function requests(
  id: string,
  record: { id: string } | null,
  validBody: Record<string, unknown>,
): fc.Arbitrary<HostileRequest> {
  const { kind, resource: name, path } = operationOf(id);
  const itemPath = (recordId: string) => path.replace("{id}", encodeURIComponent(recordId));
  if (kind === "extra")
    return hostileQuery(["year", "from", "to"]).map((query) => ({
      url: `${apiExtraScenarios[id]!.url.split("?")[0]}?${query}`,
    }));
  const parameterNames = Object.keys(findResource(name!)!.listQuery.shape);
  const bodyRequest: fc.Arbitrary<Omit<HostileRequest, "url">> = fc.oneof(
    { weight: 3, arbitrary: hostileVariant<unknown>(validBody, hostileJson).map((body) => ({ body })) },
    {
      weight: 1,
      arbitrary: hostileRawBody.map(({ text, contentType }) => ({
        rawBody: text,
        headers: { "Content-Type": contentType },
      })),
    },
  );
  const target = fc.oneof({ weight: 4, arbitrary: fc.constant(record?.id ?? "") }, { weight: 1, arbitrary: hostileId });
  const byKind: Record<Exclude<OperationKind, "extra">, fc.Arbitrary<HostileRequest>> = {
    list: hostileQuery(parameterNames).map((query) => ({ url: `${path}?${query}` })),
    create: bodyRequest.map((request) => ({ url: path, ...request })),
    get: hostileId.map((recordId) => ({ url: itemPath(recordId) })),
    update: fc.tuple(target, bodyRequest, fc.option(hostileIfMatch)).map(([recordId, request, ifMatch]) => ({
      url: itemPath(recordId),
      ...request,
      headers: { ...request.headers, ...(ifMatch === null ? {} : { "If-Match": ifMatch }) },
    })),
    archive: fc
      .tuple(target, hostileIfMatch)
      .map(([recordId, ifMatch]) => ({ url: itemPath(recordId), headers: { "If-Match": ifMatch } })),
    restore: fc
      .tuple(target, fc.option(bodyRequest), fc.option(hostileIfMatch))
      .map(([recordId, request, ifMatch]) => ({
        url: itemPath(recordId),
        ...request,
        headers: { ...request?.headers, ...(ifMatch === null ? {} : { "If-Match": ifMatch }) },
      })),
    status: fc.tuple(target, bodyRequest, fc.option(hostileIfMatch)).map(([recordId, request, ifMatch]) => ({
      url: itemPath(recordId),
      ...request,
      headers: { ...request.headers, ...(ifMatch === null ? {} : { "If-Match": ifMatch }) },
    })),
  };
  return byKind[kind];
}

describe("API operations under hostile input", () => {
  for (const id of Object.keys(apiOperations)) {
    it(id, async () => {
      const world = await createWorld();
      const token = await tokenFor(world.users.admin);
      const { kind, resource, method } = operationOf(id);
      const record =
        kind === "extra" || kind === "create" || kind === "list"
          ? null
          : await apiResourceScenarios[resource!]!.record(world);
      const validBody = await validBodyOf(id, world, record);
      let written = await writeCount();
      await fc.assert(
        fc.asyncProperty(requests(id, record, validBody), async (request) => {
          inputsTried += 1;
          // callChecked: the status must be one the document lists for the operation, the body valid against its schema.
          const answer = await callChecked(method as Method, request.url, {
            token,
            body: request.body,
            rawBody: request.rawBody,
            headers: request.headers,
          });
          expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBeLessThan(500);
          const before = written;
          written = await writeCount();
          if (answer.status >= 300) expect(written, "a refused request wrote to the database").toBe(before);
        }),
        { numRuns: runsPerInput },
      );
    });
  }
});
