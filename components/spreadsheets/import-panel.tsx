"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import {
  hasProblems,
  type ImportOutcome,
  type ImportPreview,
  type ImportStreamLine,
  type ProgressPhase,
} from "@/lib/spreadsheets/import/preview-types";
import { ImportPreviewTable } from "./import-preview";
import { runImportRequest } from "./read-import-stream";

type Progress = { phase: ProgressPhase; done: number; total: number };

/**
 * Choose a file, check it (nothing written), then import it: the same file is sent again and
 * checked again inside the import's transaction. Progress comes from the server as it works.
 */
export function ImportPanel({ runUrl, listHref }: { runUrl: string; listHref: string }) {
  const t = useTranslations("spreadsheets.import");
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<"checking" | "committing" | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onLine = (line: ImportStreamLine) => {
    if (line.type === "progress") setProgress({ phase: line.phase, done: line.done, total: line.total });
    else if (line.type === "error") setError(line.message);
    else {
      setPreview(line.preview);
      if (line.type === "done") setOutcome(line.outcome);
    }
  };

  async function run(mode: "preview" | "commit") {
    if (!file) {
      setError(t("chooseFile"));
      return;
    }
    setBusy(mode === "preview" ? "checking" : "committing");
    setError(null);
    setOutcome(null);
    setProgress(null);
    if (mode === "preview") setPreview(null);
    try {
      await runImportRequest(`${runUrl}?mode=${mode}`, file, onLine);
    } catch {
      setError(t("network"));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  const toWrite = preview ? preview.counts.new + preview.counts.updated : 0;
  const canCommit = preview !== null && !hasProblems(preview) && toWrite > 0 && busy === null && outcome === null;
  return (
    <section aria-labelledby="import-file-title" className="mt-8">
      <h2 id="import-file-title" className="text-lg font-semibold text-brand-900">
        {t("fileTitle")}
      </h2>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
            {t("fileLabel")}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPreview(null);
              setOutcome(null);
              setError(null);
            }}
          />
        </div>
        <button
          type="button"
          onClick={() => run("preview")}
          disabled={busy !== null || !file}
          className="rounded-md border border-brand-600 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {busy === "checking" ? t("checking") : t("check")}
        </button>
        <button
          type="button"
          onClick={() => run("commit")}
          disabled={!canCommit}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {busy === "committing" ? t("committing") : t("commit", { count: toWrite })}
        </button>
      </div>
      <div aria-live="polite" className="mt-3 min-h-6 text-sm">
        {progress ? (
          <div className="flex items-center gap-3">
            <progress
              value={progress.done}
              max={Math.max(progress.total, 1)}
              className="h-2 w-64"
              aria-label={t(`phases.${progress.phase}`)}
            />
            <span>
              {t("progress", { phase: t(`phases.${progress.phase}`), done: progress.done, total: progress.total })}
            </span>
          </div>
        ) : null}
        {preview && hasProblems(preview) && busy === null ? <p className="text-red-800">{t("fixFirst")}</p> : null}
        {outcome ? (
          <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-green-800">
            {t("done", { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged })}{" "}
            <Link href={listHref} className="font-medium underline">
              {t("seeList")}
            </Link>
          </p>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {preview ? (
        <ImportPreviewTable key={`${preview.rows.length}-${preview.counts.invalid}`} preview={preview} />
      ) : null}
    </section>
  );
}
