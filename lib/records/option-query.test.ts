import { describe, expect, it } from "vitest";
import { optionSearchUrl, parseOptionQuery } from "./option-query";

const parse = (query: string) => parseOptionQuery(new URLSearchParams(query));

describe("a picker's search request", () => {
  it("keeps the typed text trimmed and bounded, and the limit between 1 and 50 (20 when unusable)", () => {
    expect(parse("q=%20Nice%20&limit=5")).toEqual({ q: "Nice", limit: 5 });
    expect(parse("")).toEqual({ q: "", limit: 20 });
    expect(parse("limit=500").limit).toBe(50);
    for (const limit of ["0", "-3", "2.5", "abc"]) expect(parse(`limit=${limit}`).limit).toBe(20);
    expect(parse(`q=${"x".repeat(500)}`).q).toHaveLength(100);
  });

  it("round-trips through the URL the browser builds", () => {
    const url = new URL(optionSearchUrl("destinations", "Saint-Pétersbourg & co", 7), "http://localhost");
    expect(url.pathname).toBe("/api/options/destinations");
    expect(parseOptionQuery(url.searchParams)).toEqual({ q: "Saint-Pétersbourg & co", limit: 7 });
  });
});
