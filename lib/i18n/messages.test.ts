import { describe, expect, it } from "vitest";
import { areaNamespaces, loadMessages } from "./messages";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("translations", () => {
  it("has every French string in English and no English string missing in French", async () => {
    const [fr, en] = await Promise.all([loadMessages("fr"), loadMessages("en")]);
    expect(keyPaths(en).sort()).toEqual(keyPaths(fr).sort());
  });

  it("keeps each area's strings under its own key", async () => {
    for (const namespace of areaNamespaces) {
      const file = await import(`../../messages/fr/${namespace}.json`);
      expect(Object.keys(file.default)).toEqual([namespace]);
    }
  });

  it("has no empty string in either language", async () => {
    for (const messages of [await loadMessages("fr"), await loadMessages("en")]) {
      const empty = keyPaths(messages).filter((path) => {
        const leaf = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
        return typeof leaf === "string" && leaf.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
