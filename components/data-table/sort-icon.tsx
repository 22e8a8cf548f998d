/** Up, down, or both arrows (sortable, not sorted). Decorative: aria-sort carries the state. */
export function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 16" className="h-4 w-3 shrink-0" fill="currentColor">
      <path d="M6 2 10 7H2z" className={direction === "desc" ? "opacity-25" : direction ? "" : "opacity-40"} />
      <path d="M6 14 2 9h8z" className={direction === "asc" ? "opacity-25" : direction ? "" : "opacity-40"} />
    </svg>
  );
}
