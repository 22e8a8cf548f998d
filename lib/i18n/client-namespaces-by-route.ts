// For the unit test of lib/i18n/client-messages.ts: which message namespaces the client components
// of each part of the app read, found by following the imports of its route files (page, layout,
// error…) from the source. Only code below a "use client" file runs in the browser, so only
// useTranslations calls there need messages sent with the page. Test-only: reads the source tree.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { messageAreaOf } from "./client-messages";

const root = resolve(__dirname, "../..");
const routeFileNames = /^(page|layout|template|error|not-found|forbidden|unauthorized|loading|default)\.tsx?$/;
const extensions = [".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(from), specifier);
  else return null;
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const extension of extensions) if (existsSync(base + extension)) return base + extension;
  return null;
}

/** Static imports and re-exports, `import type` left out (types reach no browser). */
function importsOf(file: string, source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm),
  ].map((match) => match[1] ?? "");
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((path): path is string => path !== null);
}

/** Namespaces read through next-intl's hooks in the files that `entry` brings to the browser. */
function clientNamespacesFrom(entry: string, problems: string[]): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, isClient: boolean) => {
    const key = `${file}:${isClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = readFileSync(file, "utf8");
    const runsInBrowser = isClient || /^\s*["']use client["']/m.test(source.split("\n").slice(0, 5).join("\n"));
    if (runsInBrowser) {
      if (/useTranslations\(\s*\)/.test(source))
        problems.push(`${relative(root, file)}: useTranslations() without a namespace`);
      // Only the generic record components take their area's namespace as an argument, from
      // literals that the next loops read where they are written.
      if (/useTranslations\(\s*[A-Za-z_]/.test(source) && !relative(root, file).startsWith("components/records/"))
        problems.push(`${relative(root, file)}: useTranslations(<variable>) outside components/records/`);
      for (const [, namespace] of source.matchAll(/(?:useTranslations|useFieldWords)\(\s*"([^"]+)"/g))
        if (namespace) namespaces.add(namespace);
    }
    // A record component's namespace, given as a prop, possibly by a server page.
    for (const [, namespace] of source.matchAll(/\bnamespace="([^"]+)"/g)) if (namespace) namespaces.add(namespace);
    for (const imported of importsOf(file, source)) visit(imported, runsInBrowser);
  };
  visit(entry, false);
  return namespaces;
}

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "api" && folder.endsWith("app") ? [] : routeFiles(path);
    return routeFileNames.test(entry.name) ? [path] : [];
  });
}

/** Per message area (lib/i18n/client-messages.ts), the namespaces its client components read. */
export function clientNamespacesByArea(): { byArea: Map<string, Set<string>>; problems: string[] } {
  const byArea = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const file of routeFiles(join(root, "app"))) {
    const area = messageAreaOf(relative(join(root, "app"), file));
    const namespaces = byArea.get(area) ?? new Set<string>();
    for (const namespace of clientNamespacesFrom(file, problems)) namespaces.add(namespace);
    byArea.set(area, namespaces);
  }
  return { byArea, problems };
}
