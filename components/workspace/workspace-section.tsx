import type { ReactNode } from "react";

/** A white card with a heading, its list, or an empty state in words when there is nothing to list. */
export function WorkspaceSection({
  id,
  title,
  emptyText,
  isEmpty,
  action,
  note,
  children,
}: {
  id: string;
  title: string;
  emptyText: string;
  isEmpty: boolean;
  action?: ReactNode;
  note?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-medium text-brand-900">
          {title}
        </h2>
        {action}
      </div>
      {isEmpty ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-slate-600">
          {emptyText}
        </p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100">{children}</ul>
          {note ? <p className="mt-2 text-xs text-slate-600">{note}</p> : null}
        </>
      )}
    </section>
  );
}

/** One line of a section: title link, badges, then details in small print. */
export function WorkspaceItem({ children }: { children: ReactNode }) {
  return <li className="flex flex-col gap-1 py-2">{children}</li>;
}

export function UpcomingBadge({ label }: { label: string }) {
  return (
    <span className="inline-block whitespace-nowrap rounded-full border border-brand-100 bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-900">
      {label}
    </span>
  );
}
