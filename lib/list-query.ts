// The URL state of list pages as plain data and query strings: page sizes, paging arithmetic and
// the query-string builders the client table uses. No zod and no server imports, so the browser
// bundle of every list page stays free of the schema library (decision 011: first-load JavaScript);
// lib/list-params.ts adds the URL schemas on top and re-exports all of this.

export const pageSizes = [10, 25, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];
export const defaultPageSize: PageSize = 25;

export const sortDirections = ["asc", "desc"] as const;
export type SortDirection = (typeof sortDirections)[number];

/** Keeps `skip` far below PostgreSQL's and Prisma's integer limits whatever the URL says. */
export const maxPage = 10_000;
export const maxSearchLength = 200;

/** What Next hands a page as `await searchParams`. */
export type SearchParams = Record<string, string | string[] | undefined>;

export type ListParams<TSort extends string = string> = {
  page: number;
  pageSize: PageSize;
  sort: TSort;
  direction: SortDirection;
  q?: string | undefined;
};

/** A flat view of list params plus area filters, as the client table receives it. */
export type ListQueryValue = string | number | boolean | null | undefined;
export type ListQueryState = { readonly [key: string]: ListQueryValue };

/** The keys every list has; anything else in the params is an area filter. */
const baseKeys = new Set(["page", "pageSize", "sort", "direction", "q"]);

/** Prisma's `skip`/`take` for the requested page. */
export function toPrismaPaging(params: { page: number; pageSize: number }): { skip: number; take: number } {
  return { skip: (params.page - 1) * params.pageSize, take: params.pageSize };
}

/** The number of pages, at least 1 so an empty list is "page 1 of 1". */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The 1-based positions shown as "from–to of total"; 0–0 when the page holds no row. */
export function pageRange(params: { page: number; pageSize: number }, total: number): { from: number; to: number } {
  const start = (params.page - 1) * params.pageSize;
  if (total <= 0 || start >= total) return { from: 0, to: 0 };
  return { from: start + 1, to: Math.min(start + params.pageSize, total) };
}

/** True when a search or an area filter narrows the list (sort and paging do not). */
export function hasActiveFilters(params: ListQueryState): boolean {
  return Object.entries(params).some(
    ([key, value]) => (key === "q" || !baseKeys.has(key)) && value !== undefined && value !== null && value !== "",
  );
}

/**
 * The query string (with its "?", or "" when empty) for the current params with some changed.
 * Any change other than the page itself goes back to page 1: a new sort, filter, search or page
 * size makes the old page number meaningless. Defaults and empty values are left out so URLs stay
 * short; `undefined`, `null` or "" in `changes` removes a parameter.
 */
export function buildListQuery(current: ListQueryState, changes: ListQueryState = {}): string {
  const merged: Record<string, ListQueryValue> = { ...current, ...changes };
  if (Object.keys(changes).some((key) => key !== "page")) delete merged.page;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    if (key === "pageSize" && Number(value) === defaultPageSize) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The query string that drops the search and every filter but keeps the sort and page size. */
export function buildClearedListQuery(current: ListQueryState): string {
  const kept = Object.fromEntries(
    Object.entries(current).filter(([key]) => key === "sort" || key === "direction" || key === "pageSize"),
  );
  return buildListQuery(kept);
}
