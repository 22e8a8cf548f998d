import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isClientNamespace, pickMessages } from "./client-messages";

// A client component whose namespace the root layout does not send would show message keys
// instead of text: every namespace read through "next-intl" (the hooks, which client components
// use) must be on the list.

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component reads", () => {
    const files = ["app", "components", "lib"].flatMap(sourceFiles).filter((file) => /from "next-intl"/.test(readFileSync(file, "utf8")));
    expect(files.length).toBeGreaterThan(20);
    const uncovered: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      if (/useTranslations\(\s*\)/.test(source)) uncovered.push(`${file}: useTranslations() without a namespace`);
      for (const [, namespace] of source.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) {
        if (namespace && !isClientNamespace(namespace)) uncovered.push(`${file}: ${namespace}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it("keep the nesting of the paths picked", () => {
    const messages = { a: { b: { c: "1" }, d: "2" }, e: "3", f: { g: "4" } };
    expect(pickMessages(messages, ["a.b", "e", "missing.path"])).toEqual({ a: { b: { c: "1" } }, e: "3" });
    expect(pickMessages(messages, ["a.b", "a.d"])).toEqual({ a: { b: { c: "1" }, d: "2" } });
  });
});
