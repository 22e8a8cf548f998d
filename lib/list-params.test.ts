import { describe, expect, it } from "vitest";
import {
  booleanFilter,
  buildClearedListQuery,
  buildListQuery,
  createListParamsSchema,
  enumFilter,
  hasActiveFilters,
  maxPage,
  pageCount,
  pageRange,
  parseListParams,
  toPrismaPaging,
} from "./list-params";

const schema = createListParamsSchema({
  sortable: ["name", "shortName", "kind"],
  defaultSort: "name",
  filters: { kind: enumFilter(["AGENCY", "REGION"]), active: booleanFilter() },
});
const parse = (searchParams: unknown) => parseListParams(schema, searchParams);

describe("parseListParams", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parse({})).toEqual({
      page: 1,
      pageSize: 25,
      sort: "name",
      direction: "asc",
      q: undefined,
      kind: undefined,
      active: undefined,
    });
  });

  it("reads valid values", () => {
    expect(
      parse({
        page: "3",
        pageSize: "50",
        sort: "kind",
        direction: "desc",
        q: "  nice ",
        kind: "REGION",
        active: "false",
      }),
    ).toEqual({ page: 3, pageSize: 50, sort: "kind", direction: "desc", q: "nice", kind: "REGION", active: false });
  });

  it("falls back to the defaults for garbage instead of throwing", () => {
    expect(
      parse({
        page: "abc",
        pageSize: "37",
        sort: "passwordHash",
        direction: "sideways",
        q: "   ",
        kind: "SPY",
        active: "yes",
      }),
    ).toEqual({
      page: 1,
      pageSize: 25,
      sort: "name",
      direction: "asc",
      q: undefined,
      kind: undefined,
      active: undefined,
    });
  });

  it.each([
    { label: "a negative page", page: "-2", expected: 1 },
    { label: "a fraction", page: "2.5", expected: 1 },
    { label: "an exponent", page: "1e3", expected: 1 },
    { label: "page 0", page: "0", expected: 1 },
    { label: "leading zeros", page: "007", expected: 7 },
    { label: "a page past the maximum", page: String(maxPage + 1), expected: maxPage },
    { label: "a 400-digit page", page: "9".repeat(400), expected: maxPage },
  ])("reads $label as page $expected", ({ page, expected }) => {
    expect(parse({ page }).page).toBe(expected);
  });

  it("only accepts the area's sortable columns, and uses the area's default direction", () => {
    const descending = createListParamsSchema({ sortable: ["year"], defaultSort: "year", defaultDirection: "desc" });
    expect(parseListParams(descending, { sort: "name" })).toMatchObject({ sort: "year", direction: "desc" });
    expect(parse({ sort: "shortName" }).sort).toBe("shortName");
    expect(parse({ sort: "id" }).sort).toBe("name");
  });

  it("cuts the search to 200 characters", () => {
    const q = parse({ q: `${"a".repeat(199)} bcd` }).q;
    expect(q).toBe("a".repeat(199));
    expect(parse({ q: "x".repeat(500) }).q).toHaveLength(200);
  });

  it("takes the first of repeated parameters", () => {
    expect(parse({ page: ["4", "9"], sort: ["kind", "name"], q: ["first", "second"] })).toMatchObject({
      page: 4,
      sort: "kind",
      q: "first",
    });
  });

  it("drops parameters it does not know, and survives input that is not an object", () => {
    expect(parse({ where: "1=1" })).not.toHaveProperty("where");
    expect(parse(undefined)).toMatchObject({ page: 1, sort: "name" });
    expect(parse(Object.assign(Object.create(null), { page: "2" }))).toMatchObject({ page: 2 });
  });
});

describe("toPrismaPaging", () => {
  it("turns page and page size into skip and take", () => {
    expect(toPrismaPaging({ page: 1, pageSize: 25 })).toEqual({ skip: 0, take: 25 });
    expect(toPrismaPaging({ page: 3, pageSize: 10 })).toEqual({ skip: 20, take: 10 });
    expect(toPrismaPaging({ page: maxPage, pageSize: 100 }).skip).toBeLessThan(2 ** 31);
  });
});

describe("pageCount and pageRange", () => {
  it("counts pages, at least one", () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(132, 25)).toBe(6);
  });

  it("gives the positions of the first and last row of the page", () => {
    expect(pageRange({ page: 1, pageSize: 25 }, 132)).toEqual({ from: 1, to: 25 });
    expect(pageRange({ page: 6, pageSize: 25 }, 132)).toEqual({ from: 126, to: 132 });
    expect(pageRange({ page: 1, pageSize: 25 }, 7)).toEqual({ from: 1, to: 7 });
  });

  it("gives 0–0 for an empty list or a page past the end", () => {
    expect(pageRange({ page: 1, pageSize: 25 }, 0)).toEqual({ from: 0, to: 0 });
    expect(pageRange({ page: 7, pageSize: 25 }, 132)).toEqual({ from: 0, to: 0 });
  });
});

describe("buildListQuery", () => {
  const current = {
    page: 3,
    pageSize: 25,
    sort: "name",
    direction: "asc",
    q: "nice",
    kind: "REGION",
    active: undefined,
  };

  it("keeps the current state and changes only the page", () => {
    expect(buildListQuery(current, { page: 4 })).toBe("?page=4&sort=name&direction=asc&q=nice&kind=REGION");
  });

  it("goes back to page 1 when the sort, a filter, the search or the page size changes", () => {
    expect(buildListQuery(current, { sort: "kind", direction: "desc" })).toBe(
      "?sort=kind&direction=desc&q=nice&kind=REGION",
    );
    expect(buildListQuery(current, { kind: "AGENCY" })).not.toContain("page=");
    expect(buildListQuery(current, { q: "tca" })).not.toContain("page=");
    expect(buildListQuery(current, { pageSize: 50 })).toBe("?pageSize=50&sort=name&direction=asc&q=nice&kind=REGION");
  });

  it("removes a parameter set to undefined, null or an empty string", () => {
    expect(buildListQuery(current, { q: "", kind: null })).toBe("?sort=name&direction=asc");
    expect(buildListQuery(current, { active: false })).toContain("active=false");
  });

  it("returns an empty string when nothing is left, and encodes values", () => {
    expect(buildListQuery({ page: 1, pageSize: 25 })).toBe("");
    expect(buildListQuery({}, { q: "Côte d'Azur & co" })).toBe("?q=C%C3%B4te+d%27Azur+%26+co");
  });

  it("clears the search and filters but keeps sort and page size", () => {
    expect(buildClearedListQuery({ ...current, pageSize: 10 })).toBe("?pageSize=10&sort=name&direction=asc");
  });
});

describe("hasActiveFilters", () => {
  it("is true for a search or an area filter, not for paging or sort", () => {
    expect(hasActiveFilters({ page: 2, pageSize: 50, sort: "kind", direction: "desc", q: undefined })).toBe(false);
    expect(hasActiveFilters({ page: 1, q: "nice" })).toBe(true);
    expect(hasActiveFilters({ page: 1, kind: "REGION" })).toBe(true);
    expect(hasActiveFilters({ page: 1, active: false })).toBe(true);
    expect(hasActiveFilters({ page: 1, kind: "" })).toBe(false);
  });
});
