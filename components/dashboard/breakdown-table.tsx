import Link from "next/link";
import type { ReactNode } from "react";

/** One row; `href`: the list of the records it adds up. */
type Row = { key: string; label: string; values: (number | string)[]; href?: string };

/**
 * A plain, accessible table for one breakdown; numbers right-aligned. A long breakdown shows its
 * leading rows and, in the footer, one row summing the rest (`others`), with a `note` saying where
 * the full table is (lib/dashboard/top-rows.ts).
 */
export function BreakdownTable({
  caption,
  columns,
  rows,
  others,
  note,
  emptyText,
  download,
}: {
  caption: string;
  columns: string[];
  rows: Row[];
  others?: Omit<Row, "key"> | null;
  note?: ReactNode;
  emptyText: string;
  download?: { href: string; label: string };
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      {download ? (
        <a href={download.href} download className="float-right m-2 text-xs font-medium text-brand-700 underline">
          {download.label}
        </a>
      ) : null}
      <table className="min-w-full text-sm">
        <caption className="px-4 py-2 text-left font-medium text-slate-900">{caption}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {columns.map((column, index) => (
              <th key={column} scope="col" className={`px-4 py-2 font-medium ${index > 0 ? "text-right" : ""}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-4 text-center text-slate-600">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="px-4 py-2 text-left font-normal">
                  {row.href ? (
                    <Link href={row.href} className="text-brand-700 underline">
                      {row.label}
                    </Link>
                  ) : (
                    row.label
                  )}
                </th>
                {row.values.map((value, index) => (
                  <td key={index} className="px-4 py-2 text-right tabular-nums">
                    {value}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
        {others ? (
          <tfoot className="border-t border-slate-200 bg-slate-50 text-slate-700" data-testid="breakdown-others">
            <tr>
              <th scope="row" className="px-4 py-2 text-left font-medium">
                {others.label}
              </th>
              {others.values.map((value, index) => (
                <td key={index} className="px-4 py-2 text-right tabular-nums">
                  {value}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
      {note ? <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">{note}</p> : null}
    </div>
  );
}
