import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { WorkspaceSummary } from "@/lib/workspace/types";

/** A year's figures for the organisation, as a row of labelled numbers; `children` choose the year. */
export async function WorkspaceSummaryCard({ summary, children }: { summary: WorkspaceSummary; children?: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("workspace.summary"), getFormatter()]);
  const figures = [
    { key: "missions", value: format.number(summary.missions) },
    { key: "delegations", value: format.number(summary.delegations) },
    { key: "events", value: format.number(summary.events) },
    { key: "jointActions", value: format.number(summary.jointActions) },
    { key: "contacts", value: format.number(summary.contacts) },
    { key: "investorLeads", value: format.number(summary.investorLeads) },
    {
      key: "contributions",
      value: format.number(summary.contributionCents / 100, {
        style: "currency",
        currency: "EUR",
        maximumFractionDigits: 0,
      }),
    },
  ] as const;
  return (
    <section aria-labelledby="workspace-summary" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id="workspace-summary" className="text-lg font-medium text-brand-900">
          {t("title", { year: summary.year })}
        </h2>
        {children}
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {figures.map(({ key, value }) => (
          <div key={key} className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">{t(key)}</dt>
            <dd className="text-xl font-semibold tabular-nums text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600">{t("note", { year: summary.year })}</p>
    </section>
  );
}
