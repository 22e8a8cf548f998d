import { getFormatter, getTranslations } from "next-intl/server";
import type { AccessTokenRow } from "@/lib/api/tokens";
import { RevokeButton } from "./revoke-button";

/** The user's working tokens (or feed addresses): what tells them apart, when they were used, revoke. */
export async function AccessTokenTable({ kind, rows }: { kind: "tokens" | "feeds"; rows: AccessTokenRow[] }) {
  const [t, format] = await Promise.all([getTranslations("integrations"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="mt-6">
      <h3 id={`${kind}-list-title`} className="mb-2 font-medium">
        {t(`${kind}.listTitle`)}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t(`${kind}.empty`)}</p>
      ) : (
        <div
          role="region"
          aria-labelledby={`${kind}-list-title`}
          tabIndex={0}
          className="max-w-4xl overflow-x-auto rounded-lg border border-slate-200 bg-white"
        >
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("columns.name")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("columns.prefix")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("columns.created")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("columns.lastUsed")}
                </th>
                <th scope="col" className="px-4 py-2">
                  <span className="sr-only">{t("columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900">
                    {row.name}
                  </th>
                  <td className="px-4 py-2 font-mono">{row.prefix}…</td>
                  <td className="px-4 py-2">{when(row.createdAt)}</td>
                  <td className="px-4 py-2">{row.lastUsedAt ? when(row.lastUsedAt) : t("never")}</td>
                  <td className="px-4 py-2 text-right">
                    <RevokeButton kind={kind} token={{ id: row.id, name: row.name }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
