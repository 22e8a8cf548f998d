import { describe, expect, it } from "vitest";
import { containsPattern, parseSearchQuery, searchMaxLength } from "./query";

describe("the search box's query", () => {
  it("collapses spaces and refuses what is too short to be useful", () => {
    expect(parseSearchQuery(undefined)).toEqual({ kind: "empty" });
    expect(parseSearchQuery("   ")).toEqual({ kind: "empty" });
    expect(parseSearchQuery(" ni ")).toEqual({ kind: "tooShort", text: "ni" });
    expect(parseSearchQuery(["  Côte   d'Azur ", "other"])).toEqual({ kind: "ready", text: "Côte d'Azur" });
  });

  it("cuts a very long query at the maximum length", () => {
    const parsed = parseSearchQuery("x".repeat(5000));
    expect(parsed.kind === "ready" && parsed.text.length).toBe(searchMaxLength);
  });

  it("makes the user's LIKE wildcards plain letters", () => {
    expect(containsPattern("100%_sure\\")).toBe("%100\\%\\_sure\\\\%");
  });
});
