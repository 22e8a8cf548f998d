// The state of every list page (page, page size, sort, search, area filters) lives in the URL and
// goes to the data layer (docs/decisions/006-data-table.md). Shared by pages, data modules, the
// client table and tests: no server imports.
import { z } from "zod";

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

/** `?page=2&page=3` reads as page 2: Next gives repeated parameters as arrays. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Field schemas are built inside functions, not at module scope: the client table imports this
// module only for the query-string helpers and need not construct any schema.
function pageField() {
  return z
    .preprocess(firstValue, z.string().trim().regex(/^\d+$/))
    .transform((digits) => Math.min(Math.max(Number(digits), 1), maxPage))
    .catch(1);
}

function pageSizeField() {
  return z
    .preprocess(firstValue, z.enum(pageSizes.map(String) as [string, ...string[]]))
    .transform((value) => Number(value) as PageSize)
    .catch(defaultPageSize);
}

function searchField() {
  return z
    .preprocess(firstValue, z.string())
    .transform((text) => text.trim().slice(0, maxSearchLength).trim() || undefined)
    .optional()
    .catch(undefined);
}

/** An optional filter over a fixed set of values (an enum column); anything else means "all". */
export function enumFilter<const TValue extends string>(values: readonly [TValue, ...TValue[]]) {
  return z.preprocess(firstValue, z.enum(values).optional()).catch(undefined);
}

/** An optional yes/no filter written `true` / `false` in the URL; anything else means "all". */
export function booleanFilter() {
  return z
    .preprocess(firstValue, z.enum(["true", "false"]).optional())
    .transform((value) => (value === undefined ? undefined : value === "true"))
    .catch(undefined);
}

type FilterShape = Record<string, z.ZodType<ListQueryValue>>;

/**
 * The schema of one area's list URL. Every field falls back to its default instead of failing, so
 * a hand-edited or outdated URL still renders; filters must do the same (use `enumFilter`,
 * `booleanFilter` or end them with `.catch(undefined)`).
 */
export function createListParamsSchema<const TSort extends string, const TFilters extends FilterShape = Record<never, never>>(options: {
  sortable: readonly [TSort, ...TSort[]];
  defaultSort: NoInfer<TSort>;
  defaultDirection?: SortDirection;
  filters?: TFilters;
}) {
  return z.object({
    page: pageField(),
    pageSize: pageSizeField(),
    sort: z.preprocess(firstValue, z.enum(options.sortable)).catch(options.defaultSort),
    direction: z.preprocess(firstValue, z.enum(sortDirections)).catch(options.defaultDirection ?? "asc"),
    q: searchField(),
    ...(options.filters ?? ({} as TFilters)),
  });
}

/** Parses `searchParams` with an area's schema; never throws. */
export function parseListParams<TSchema extends z.ZodType>(schema: TSchema, searchParams: unknown): z.output<TSchema> {
  const result = schema.safeParse(searchParams);
  // Only reachable when the input is not an object at all: every field has a fallback.
  return result.success ? result.data : schema.parse({});
}

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
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => key === "sort" || key === "direction" || key === "pageSize"));
  return buildListQuery(kept);
}
