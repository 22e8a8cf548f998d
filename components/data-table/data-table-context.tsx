"use client";

import { createContext, useCallback, useContext, useMemo, useTransition } from "react";
import { usePathname, useRouter } from "next/navigation";
import { buildListQuery, type ListQueryState } from "@/lib/list-query";

type DataTableNavigation = {
  /** The list state the server rendered: paging, sort, search and the area's filters. */
  params: ListQueryState;
  /** The page's path, for links that change the query string. */
  pathname: string;
  /** True while the server renders the list for a new URL. */
  isPending: boolean;
  /** Replaces the URL with the current state plus `changes`; the server page renders again. */
  navigate: (changes: ListQueryState) => void;
};

const DataTableContext = createContext<DataTableNavigation | null>(null);

export function DataTableProvider({ params, children }: { params: ListQueryState; children: React.ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const navigate = useCallback(
    (changes: ListQueryState) => {
      // replace, not push: paging through a list should not fill the history; scroll: false keeps
      // the reader where they are.
      startTransition(() => router.replace(`${pathname}${buildListQuery(params, changes)}`, { scroll: false }));
    },
    [params, pathname, router],
  );
  const value = useMemo(() => ({ params, pathname, isPending, navigate }), [params, pathname, isPending, navigate]);
  return <DataTableContext value={value}>{children}</DataTableContext>;
}

/** The list state and navigation of the enclosing `<DataTable>`, for its toolbar controls. */
export function useDataTableNavigation(): DataTableNavigation {
  const value = useContext(DataTableContext);
  if (!value) throw new Error("useDataTableNavigation must be used inside <DataTable>.");
  return value;
}
