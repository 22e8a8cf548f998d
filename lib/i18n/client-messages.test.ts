import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  areaMessageNamespaces,
  isCoveredBy,
  messageAreaOf,
  pickMessages,
  shellMessageNamespaces,
} from "./client-messages";
import { clientNamespacesByArea } from "./client-namespaces-by-route";

// A client component whose namespace its page does not send would show message keys instead of
// text. The source is followed from every route file to the client components it renders.

const areaFolder = (area: string) => (area === "sign-in" ? "app/sign-in" : `app/(app)/${area}`);

describe("messages sent to the browser", () => {
  const { byArea, problems } = clientNamespacesByArea();

  it("are found by following each route's imports to its client components", () => {
    expect(problems).toEqual([]);
    // Known readers: the shell's navigation, the missions table, the sign-in form.
    expect([...(byArea.get("shell") ?? [])]).toContain("nav");
    expect([...(byArea.get("missions") ?? [])]).toContain("missions.statuses");
    expect([...(byArea.get("sign-in") ?? [])]).toEqual(["signIn"]);
  });

  it("cover every namespace the client components of each area read", () => {
    const uncovered: string[] = [];
    for (const [area, namespaces] of byArea) {
      const sent =
        area === "shell"
          ? shellMessageNamespaces
          : [...shellMessageNamespaces, ...((areaMessageNamespaces as Record<string, readonly string[]>)[area] ?? [])];
      for (const namespace of namespaces) if (!isCoveredBy(namespace, sent)) uncovered.push(`${area}: ${namespace}`);
    }
    expect(uncovered).toEqual([]);
  });

  it("are given by each area's layout, for the area it is in", () => {
    for (const area of Object.keys(areaMessageNamespaces)) {
      const layout = join(areaFolder(area), "layout.tsx");
      expect(existsSync(layout), layout).toBe(true);
      expect(readFileSync(layout, "utf8")).toContain(`<AreaMessages area="${area}">`);
    }
  });

  it("name areas after the first folder of the URL, route groups aside", () => {
    expect(messageAreaOf("layout.tsx")).toBe("shell");
    expect(messageAreaOf("(app)/error.tsx")).toBe("shell");
    expect(messageAreaOf("(app)/missions/[id]/edit/page.tsx")).toBe("missions");
    expect(messageAreaOf("sign-in/page.tsx")).toBe("sign-in");
  });

  it("keep the nesting of the paths picked", () => {
    const messages = { a: { b: { c: "1" }, d: "2" }, e: "3", f: { g: "4" } };
    expect(pickMessages(messages, ["a.b", "e", "missing.path"])).toEqual({ a: { b: { c: "1" } }, e: "3" });
    expect(pickMessages(messages, ["a.b", "a.d"])).toEqual({ a: { b: { c: "1" }, d: "2" } });
  });
});
