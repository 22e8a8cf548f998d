import Link from "next/link";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { getFormatter, getTranslations } from "next-intl/server";
import type { YearMissionResults } from "@/lib/dashboard/mission-results";
import { breakdownTopRows, foldTopRows } from "@/lib/dashboard/top-rows";
import { BreakdownTable } from "./breakdown-table";

const figures = ["leads", "projectsLanded", "jobsAnnounced", "costPerProjectCents"] as const;

/**
 * What the year's missions led to (decision 021): leads, projects landed, jobs announced and the
 * cost per landed project, with their definition, in total and by destination; each opens the
 * missions it adds up.
 */
export async function MissionResults({ year, results }: { year: number; results: YearMissionResults }) {
  const [t, tDashboard, format, locale] = await Promise.all([
    getTranslations("dashboard.results"),
    getTranslations("dashboard"),
    getFormatter(),
    getAppLocale(),
  ]);
  const euros = (cents: number | null) =>
    cents === null ? "—" : format.number(cents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const missionsOf = (filters: Record<string, string> = {}) =>
    `/missions?${new URLSearchParams({ year: String(year), status: "COMPLETED", ...filters })}`;
  const { total } = results;
  if (total.missions === 0) return <p className="text-sm text-slate-700">{t("none", { year })}</p>;
  const value = (figure: (typeof figures)[number]) =>
    figure === "costPerProjectCents" ? euros(total.costPerProjectCents) : format.number(total[figure]);
  const countryName = new Intl.DisplayNames([locale], { type: "region" });
  const destinations = foldTopRows(results.byDestination, breakdownTopRows, [
    "missions",
    "leads",
    "projectsLanded",
    "jobsAnnounced",
  ]);
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {figures.map((figure) => (
          <div key={figure} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t(`figures.${figure}`)}</dt>
            <dd className="mt-1 text-3xl font-semibold text-brand-900 tabular-nums" data-testid={`result-${figure}`}>
              {value(figure)}
            </dd>
          </div>
        ))}
      </dl>
      <details className="text-sm text-slate-700">
        <summary className="cursor-pointer font-medium">{t("definitionTitle")}</summary>
        <p className="mt-2 max-w-prose">{t("definition")}</p>
      </details>
      <Link href={missionsOf()} className="text-sm font-medium text-brand-700 underline">
        {t("seeMissions", { count: total.missions })}
      </Link>
      <BreakdownTable
        caption={t("byDestination")}
        download={{
          href: `/dashboard/export?year=${year}&table=results`,
          label: tDashboard("downloadCsv", { table: t("byDestination") }),
        }}
        columns={[
          t("destination"),
          t("missions"),
          t("figures.leads"),
          t("figures.projectsLanded"),
          t("figures.jobsAnnounced"),
        ]}
        emptyText={t("none", { year })}
        rows={destinations.top.map((row) => ({
          key: row.destinationId,
          label: `${row.city} (${countryName.of(row.countryCode) ?? row.countryCode})`,
          values: [row.missions, row.leads, row.projectsLanded, row.jobsAnnounced],
          href: missionsOf({ destination: row.destinationId }),
        }))}
        others={
          destinations.others && {
            label: t("otherDestinations", { count: destinations.others.count }),
            values: [
              destinations.others.totals.missions,
              destinations.others.totals.leads,
              destinations.others.totals.projectsLanded,
              destinations.others.totals.jobsAnnounced,
            ],
          }
        }
        note={t("destinationNote")}
      />
    </div>
  );
}
