"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportPreview, RowStatus } from "@/lib/spreadsheets/import/preview-types";

/** The table shows at most this many rows: a 10,000-row file is summed up by its counts. */
const shownRows = 500;

const statusStyles: Record<RowStatus, string> = {
  new: "bg-green-50 text-green-800 border-green-200",
  updated: "bg-blue-50 text-blue-800 border-blue-200",
  unchanged: "bg-slate-50 text-slate-700 border-slate-200",
  invalid: "bg-red-50 text-red-800 border-red-200",
};

/** What the import found in the file: counts, then each row's fate and problems, cell by cell. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("spreadsheets.import");
  const checkboxId = useId();
  const [onlyProblems, setOnlyProblems] = useState(preview.counts.invalid > 0);
  const rows = onlyProblems ? preview.rows.filter((row) => row.status === "invalid") : preview.rows;
  const { file } = preview;
  return (
    <section aria-labelledby="import-preview-title" className="mt-8">
      <h2 id="import-preview-title" className="text-lg font-semibold text-brand-900">
        {t("previewTitle")}
      </h2>
      {file ? (
        <p className="mt-1 text-sm text-slate-600">
          {t("fileRead", {
            format: file.format.toUpperCase(),
            rows: file.rows,
            details: file.encoding
              ? t("encoding", {
                  encoding: file.encoding,
                  delimiter: file.delimiter === "\t" ? "⇥" : (file.delimiter ?? ","),
                })
              : "",
          })}
        </p>
      ) : null}
      {preview.fileErrors.length > 0 ? (
        <ul
          role="alert"
          className="mt-3 space-y-1 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {preview.fileErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : (
        <>
          <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label={t("previewTitle")}>
            {(["new", "updated", "unchanged", "invalid"] as const).map((status) => (
              <li key={status} className={`rounded-full border px-3 py-1 ${statusStyles[status]}`}>
                {t(`counts.${status}`, { count: preview.counts[status] })}
              </li>
            ))}
          </ul>
          <div className="mt-4 flex items-center gap-2 text-sm">
            <input
              id={checkboxId}
              type="checkbox"
              checked={onlyProblems}
              onChange={(event) => setOnlyProblems(event.target.checked)}
              className="h-4 w-4"
            />
            <label htmlFor={checkboxId}>{t("onlyProblems")}</label>
          </div>
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t("table.caption")}</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("table.row")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("table.status")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("table.record")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t("table.problems")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {rows.slice(0, shownRows).map((row) => (
                  <tr key={row.row} className="align-top">
                    <td className="px-3 py-2 tabular-nums">{row.row}</td>
                    <td className="px-3 py-2">
                      <span className={`rounded-full border px-2 py-0.5 text-xs ${statusStyles[row.status]}`}>
                        {t(`statuses.${row.status}`)}
                      </span>
                    </td>
                    <th scope="row" className="px-3 py-2 font-normal">
                      {row.label}
                    </th>
                    <td className="px-3 py-2">
                      {row.errors.length > 0 ? (
                        <ul className="space-y-1 text-red-800">
                          {row.errors.map((error, index) => (
                            <li key={index}>
                              {error.column ? (
                                <>
                                  <strong className="font-medium">{error.column}</strong> —{" "}
                                </>
                              ) : null}
                              {error.message}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > shownRows ? (
            <p className="mt-2 text-sm text-slate-600">{t("shown", { shown: shownRows, total: rows.length })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
