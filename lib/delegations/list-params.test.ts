import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";
import { delegationListSchema } from "./list-params";

const parse = (query: Record<string, string | string[]>) => parseListParams(delegationListSchema, query);

describe("the delegations list URL", () => {
  it("defaults to the latest arrivals first, unarchived", () => {
    const params = parse({});
    expect([params.sort, params.direction, params.archived, params.year]).toEqual([
      "arrivalAt",
      "desc",
      undefined,
      undefined,
    ]);
  });

  it("reads its filters and drops what it does not understand", () => {
    expect(parse({ year: "2016", status: "WELCOMED", country: "il", archived: "true", sector: "abc" })).toMatchObject({
      year: 2016,
      status: "WELCOMED",
      country: "IL",
      archived: true,
      sector: "abc",
    });
    const odd = parse({ year: "twenty", status: "LOST", country: "ISR", archived: "maybe", sort: "size" });
    expect([odd.year, odd.status, odd.country, odd.archived, odd.sort]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      "arrivalAt",
    ]);
    expect(parse({ year: ["2015", "2016"] }).year).toBe(2015);
  });
});
