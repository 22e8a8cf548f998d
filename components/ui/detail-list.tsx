import type { ReactNode } from "react";

export type DetailRow = [label: string, value: ReactNode];

/** A record's fields as a description list in a white card: labels left, values right (stacked on phones). */
export function DetailList({ rows }: { rows: DetailRow[] }) {
  return (
    <dl className="grid max-w-3xl gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr] sm:p-6">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className="mb-2 text-slate-900 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
