// One API operation called by one caller, with their own API token (tests/integration/api/client.ts
// calls the route handlers in process and checks every answer against the OpenAPI document).
import { findResource } from "@/lib/api/resources";
import type { Actor } from "@/tests/authorization/matrix";
import { callChecked, registerRoute, tokenFor } from "../../api/client";
import type { Cell } from "../cells";
import { discoverRouteHandlers, type RouteModule } from "../discover";
import type { MatrixUser, World } from "../world";
import { apiResourceScenarios } from "./resources";

type Method = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";

/** Operations that are not record resources: the request that shows who may use them. */
export const apiExtraScenarios: Record<string, { url: string }> = {
  "GET /api/v1/figures": { url: "/api/v1/figures?year=2016" },
};

/** Makes the client reach every /api/v1 route file, including ones added after it was written. */
export async function registerApiRoutes(): Promise<void> {
  const routes = (await discoverRouteHandlers()).filter((route) => route.urlPath.startsWith("/api/v1/"));
  const seen = new Set<string>();
  // Literal segments before dynamic ones, longer paths first, as Next matches them.
  const specificity = (path: string) =>
    path
      .split("/")
      .map((segment) => (segment.startsWith("[") ? "1" : "0"))
      .join("");
  for (const route of routes.sort(
    (a, b) => specificity(a.urlPath).localeCompare(specificity(b.urlPath)) || b.urlPath.length - a.urlPath.length,
  )) {
    if (seen.has(route.urlPath)) continue;
    seen.add(route.urlPath);
    const keys = [...route.urlPath.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]!);
    const pattern = new RegExp(`^${route.urlPath.replace(/\./g, "\\.").replace(/\[[^\]]+\]/g, "([^/]+)")}$`);
    registerRoute(pattern, route.module as Parameters<typeof registerRoute>[1] & RouteModule, keys);
  }
}

export type OperationKind = "list" | "create" | "get" | "update" | "archive" | "restore" | "status" | "extra";

/** What an operation of the document does, read from its method and path. */
export function operationOf(id: string): {
  kind: OperationKind;
  resource: string | null;
  method: Method;
  path: string;
} {
  const [method, path] = id.split(" ") as [Method, string];
  const match = /^\/api\/v1\/([^/{}]+)(\/\{id\}(\/(restore|status))?)?$/.exec(path);
  const resource = match?.[1] ?? null;
  if (!resource || !(resource in apiResourceScenarios)) return { kind: "extra", resource, method, path };
  const kinds: Record<string, OperationKind> = {
    "GET ": "list",
    "POST ": "create",
    "GET /{id}": "get",
    "PUT /{id}": "update",
    "DELETE /{id}": "archive",
    "POST /{id}/restore": "restore",
    "POST /{id}/status": "status",
  };
  return { kind: kinds[`${method} ${match?.[2] ?? ""}`] ?? "extra", resource, method, path };
}

const auditSuffix: Partial<Record<OperationKind, string>> = {
  create: "create",
  update: "update",
  archive: "archive",
  restore: "restore",
  status: "changeStatus",
};

function outcomeOf(status: number): string {
  if (status >= 200 && status < 300) return "ok";
  return [401, 403, 404].includes(status) ? String(status) : `status ${status}`;
}

export async function apiCell(id: string, world: World, _actor: Actor, caller: MatrixUser | null): Promise<Cell> {
  const { kind, resource: name, method, path } = operationOf(id);
  const token = caller ? await tokenFor(caller) : undefined;
  if (kind === "extra") {
    const extra = apiExtraScenarios[id];
    if (!extra)
      throw new Error(
        `${id}: add a request for it to apiExtraScenarios (tests/integration/authorization/api/cells.ts)`,
      );
    return { audit: null, send: () => send(method, extra.url, { token }) };
  }
  const scenario = apiResourceScenarios[name!]!;
  const resource = findResource(name!);
  if (!resource) throw new Error(`${id}: no resource ${name}`);
  const record = kind === "create" ? null : await scenario.record(world);
  if (kind === "restore") await resource.archive!(world.users.admin, record!.id, record!.version);
  const version = record ? (await resource.get(world.users.admin, record.id))!.version : 0;
  const ifMatch = { "If-Match": `"${version}"` };
  const itemUrl = `${path.replace("{id}", encodeURIComponent(record?.id ?? ""))}`;
  // Made before the call, so what preparing them writes (a part's mission) is not the call's.
  const body =
    kind === "create"
      ? await scenario.createBody(world)
      : kind === "update"
        ? await scenario.updateBody(world, record!)
        : undefined;
  const calls: Record<Exclude<OperationKind, "extra">, () => Promise<{ outcome: string; detail: string }>> = {
    list: async () => {
      const answer = await send(method, `${path}?pageSize=100`, { token });
      if (answer.outcome !== "ok") return answer;
      const ids = ((answer.body as { data: { id: string }[] }).data ?? []).map((row) => row.id);
      return { outcome: ids.includes(record!.id) ? "ok" : "scoped", detail: `${ids.length} rows` };
    },
    create: () => send(method, path, { token, body }),
    get: () => send(method, itemUrl, { token }),
    update: () => send(method, itemUrl, { token, body, headers: ifMatch }),
    archive: () => send(method, itemUrl, { token, headers: ifMatch }),
    restore: () => send(method, itemUrl, { token, headers: ifMatch }),
    status: () => send(method, itemUrl, { token, body: scenario.statusBody, headers: ifMatch }),
  };
  const suffix = auditSuffix[kind];
  return { audit: suffix ? `${scenario.auditPrefix}.${suffix}` : null, send: calls[kind] };
}

async function send(
  method: Method,
  url: string,
  options: Parameters<typeof callChecked>[2],
): Promise<{ outcome: string; detail: string; body?: unknown }> {
  try {
    const answer = await callChecked(method, url, options);
    return {
      outcome: outcomeOf(answer.status),
      detail: `${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
      body: answer.body,
    };
  } catch (error) {
    // callChecked asserts the answer is one the OpenAPI document promises.
    return { outcome: "off-contract", detail: String(error) };
  }
}
