/** A plain, accessible table for one breakdown; numbers right-aligned. */
export function BreakdownTable({ caption, columns, rows, emptyText, download }: {
  caption: string;
  columns: string[];
  rows: { key: string; label: string; values: (number | string)[] }[];
  emptyText: string;
  download: { href: string; label: string };
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <a href={download.href} download className="float-right m-2 text-xs font-medium text-brand-700 underline">{download.label}</a>
      <table className="min-w-full text-sm">
        <caption className="px-4 py-2 text-left font-medium text-slate-900">{caption}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {columns.map((column, index) => (
              <th key={column} scope="col" className={`px-4 py-2 font-medium ${index > 0 ? "text-right" : ""}`}>{column}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr><td colSpan={columns.length} className="px-4 py-4 text-center text-slate-600">{emptyText}</td></tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="px-4 py-2 text-left font-normal">{row.label}</th>
                {row.values.map((value, index) => <td key={index} className="px-4 py-2 text-right tabular-nums">{value}</td>)}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
