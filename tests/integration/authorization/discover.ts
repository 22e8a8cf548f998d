// Finds what the app exposes, from the files themselves, so that nothing new escapes the matrix:
// every "use server" module's exported functions, every route.ts's exported HTTP methods.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { openApiDocument } from "@/lib/api/contract";

const root = join(import.meta.dirname, "../../..");
const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function sourceFiles(directory: string): string[] {
  return readdirSync(join(root, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith("lib/generated/"));
}

/** A module-level "use server" directive (the first statement, after comments). */
function isServerActionModule(source: string): boolean {
  const withoutComments = source.replace(/^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*/, "").trimStart();
  return /^["']use server["']/.test(withoutComments);
}

/** "lib/users/actions.ts" → "users"; "lib/reference/destinations/actions.ts" → "reference/destinations". */
export function actionModuleName(path: string): string {
  return path
    .replace(/^(lib|app)\//, "")
    .replace(/^\(app\)\//, "")
    .replace(/\/actions\.tsx?$/, "")
    .replace(/\.tsx?$/, "");
}

export type DiscoveredAction = { id: string; path: string; run: (...args: unknown[]) => Promise<unknown> };

/** Every function exported by a "use server" module under app/ or lib/ (app/**\/actions.ts and any other). */
export async function discoverServerActions(): Promise<DiscoveredAction[]> {
  const paths = [...sourceFiles("app"), ...sourceFiles("lib")]
    .filter((path) => isServerActionModule(readFileSync(join(root, path), "utf8")))
    .sort();
  const found: DiscoveredAction[] = [];
  for (const path of paths) {
    const exports = (await import(/* @vite-ignore */ join(root, path))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function")
        found.push({ id: `${actionModuleName(path)}#${name}`, path, run: value as DiscoveredAction["run"] });
    }
  }
  return found;
}

/** "app/(app)/dashboard/export/route.ts" → "/dashboard/export" (route groups are not in URLs). */
export function routeUrlPath(path: string): string {
  const segments = path
    .replace(/^app\//, "")
    .replace(/\/?route\.tsx?$/, "")
    .split("/")
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

export type RouteModule = Partial<
  Record<
    (typeof httpMethods)[number],
    (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response
  >
>;
export type DiscoveredRoute = { id: string; method: string; urlPath: string; path: string; module: RouteModule };

/** Every exported HTTP method of every app/**\/route.ts. */
export async function discoverRouteHandlers(): Promise<DiscoveredRoute[]> {
  const paths = sourceFiles("app")
    .filter((path) => /(^|\/)route\.tsx?$/.test(path))
    .sort();
  const found: DiscoveredRoute[] = [];
  for (const path of paths) {
    const handlers = (await import(/* @vite-ignore */ join(root, path))) as RouteModule;
    for (const method of httpMethods) {
      if (typeof handlers[method] === "function")
        found.push({
          id: `${method} ${routeUrlPath(path)}`,
          method,
          urlPath: routeUrlPath(path),
          path,
          module: handlers,
        });
    }
  }
  return found;
}

/** Whether a concrete or templated URL path is served by a route file's path ("/api/v1/[resource]/[id]"). */
export function routeServes(urlPath: string, routePath: string): boolean {
  const pattern = routePath
    .split("/")
    .map((segment) =>
      /^\[\.\.\..+\]$/.test(segment)
        ? ".+"
        : /^\[.+\]$/.test(segment)
          ? "[^/]+"
          : segment.replace(/[.*+?^${}()|\\]/g, "\\$&"),
    );
  return new RegExp(`^${pattern.join("/")}$`).test(urlPath);
}

/** The most specific route file serving a path: a literal segment beats a dynamic one. */
export function routeFor<T extends { urlPath: string }>(routes: T[], urlPath: string): T | undefined {
  const candidates = routes.filter((route) => routeServes(urlPath, route.urlPath));
  const dynamicCount = (route: T) => (route.urlPath.match(/\[/g) ?? []).length;
  return candidates.sort((a, b) => dynamicCount(a) - dynamicCount(b))[0];
}

/** "GET /api/v1/towns/{id}" for every operation of the OpenAPI document the API serves. */
export function documentedOperations(): string[] {
  const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}
