// The state of every list page (page, page size, sort, search, area filters) lives in the URL and
// goes to the data layer (docs/decisions/006-data-table.md). Shared by pages, data modules, the
// client table and tests: no server imports.
import { z } from "zod";
import { isAcceptedYear } from "./time";
import {
  defaultPageSize,
  maxPage,
  maxSearchLength,
  pageSizes,
  sortDirections,
  type ListQueryValue,
  type PageSize,
  type SortDirection,
} from "./list-query";

// Plain helpers and types live in lib/list-query.ts (no zod, for the client table); re-exported
// here so server code keeps one import.
export {
  buildClearedListQuery,
  buildListQuery,
  defaultPageSize,
  hasActiveFilters,
  maxPage,
  maxSearchLength,
  pageCount,
  pageRange,
  pageSizes,
  sortDirections,
  toPrismaPaging,
} from "./list-query";
export type { ListParams, ListQueryState, ListQueryValue, PageSize, SearchParams, SortDirection } from "./list-query";

/** `?page=2&page=3` reads as page 2: Next gives repeated parameters as arrays. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Field schemas are built inside functions, not at module scope: importing this module constructs
// no schema.
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

/** A year in the URL (`?year=2016`), one of the accepted years (lib/time.ts); anything else means "all years". */
export function yearFilter() {
  return z
    .preprocess(
      firstValue,
      z
        .string()
        .trim()
        .regex(/^\d{4}$/)
        .optional(),
    )
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .refine((year) => year === undefined || isAcceptedYear(year))
    .catch(undefined);
}

/** An id (or code) chosen in a filter; anything odd means "all". */
export function idFilter() {
  return z.preprocess(firstValue, z.string().trim().min(1).max(64).optional()).catch(undefined);
}

type FilterShape = Record<string, z.ZodType<ListQueryValue>>;

/**
 * The schema of one area's list URL. Every field falls back to its default instead of failing, so
 * a hand-edited or outdated URL still renders; filters must do the same (use `enumFilter`,
 * `booleanFilter` or end them with `.catch(undefined)`).
 */
export function createListParamsSchema<
  const TSort extends string,
  const TFilters extends FilterShape = Record<never, never>,
>(options: {
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
