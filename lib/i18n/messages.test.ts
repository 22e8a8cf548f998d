import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("translations", () => {
  it("has every French string in English and no English string missing in French", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(fr).sort());
  });

  it("has no empty string in either language", () => {
    for (const messages of [fr, en]) {
      const empty = keyPaths(messages).filter((path) => {
        const leaf = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
        return typeof leaf === "string" && leaf.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
