import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { Breakdowns } from "@/components/dashboard/breakdowns";
import { KeyFigureCard } from "@/components/dashboard/key-figure-card";
import { MissionCostTotals } from "@/components/dashboard/mission-cost-totals";
import { MissionResults } from "@/components/dashboard/mission-results";
import { PriorityCoverageMatrix } from "@/components/dashboard/priority-coverage";
import { TrendsTable } from "@/components/dashboard/trends-table";
import { YearPicker } from "@/components/ui/year-picker";
import { WorldMap } from "@/components/dashboard/world-map";
import { getLeadingDestinations } from "@/lib/dashboard/breakdowns";
import { mapTopDestinations } from "@/lib/dashboard/top-rows";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { getClosure, getDifferences } from "@/lib/dashboard/closures";
import { ClosureBanner } from "@/components/dashboard/closure-banner";
import { YearCloseControls } from "@/components/dashboard/year-close-controls";
import { getPriorityCoverage } from "@/lib/dashboard/coverage";
import { getYearMissionWork } from "@/lib/dashboard/mission-work";
import { figureNames } from "@/lib/dashboard/figures";
import { recordedYears, resolveDashboardYear } from "@/lib/dashboard/opening-year";
import { getYearFigures } from "@/lib/dashboard/year-figures";
import { can } from "@/lib/policy";
import { parisYear } from "@/lib/time";

export async function generateMetadata({ searchParams }: PageProps<"/dashboard">) {
  const t = await getTranslations("dashboard");
  const year = await resolveDashboardYear((await searchParams).year);
  return { title: year === "invalid" ? t("title") : t("titleForYear", { year }) };
}

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const user = await requireCapability(areaCapability.dashboard);
  const t = await getTranslations("dashboard");
  const currentYear = parisYear(new Date());
  const asked = (await searchParams).year;
  const year = await resolveDashboardYear(asked);
  if (year === "invalid") {
    return (
      <>
        <PageHeader title={t("title")} />
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {t("invalidYear")}
        </p>
        <Link href="/dashboard" className="text-brand-700 underline">
          {t("backToDashboard")}
        </Link>
      </>
    );
  }
  const recorded = await recordedYears();
  const first = Math.min(recorded?.first ?? year, year - 1);
  const last = Math.max(recorded?.last ?? year, year);
  const [series, coverage, closure, destinations, { costs, results }] = await Promise.all([
    getYearFigures(first, last),
    getPriorityCoverage(year),
    getClosure(year),
    getLeadingDestinations(year, mapTopDestinations),
    getYearMissionWork(year),
  ]);
  // A closed year shows its published figures everywhere, the live ones beside them where they
  // differ; the banner says which records make the difference.
  const current = series.find((row) => row.year === year);
  const differences = closure && current ? await getDifferences(closure, current.live) : [];
  const previous = series.find((row) => row.year === year - 1);
  const hasData = current && figureNames.some((figure) => current.shown[figure] > 0 || current.live[figure] > 0);
  const pickerYears = Array.from({ length: Math.max(last, currentYear) - first + 1 }, (_, index) => first + index);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <PageHeader title={t("titleForYear", { year })} description={t("description")} />
        <div className="flex flex-col items-end gap-2">
          <YearPicker year={year} years={pickerYears} path="/dashboard" currentYear={currentYear} />
          <Link href={`/dashboard/report?year=${year}`} className="text-sm font-medium text-brand-700 underline">
            {t("report.open")}
          </Link>
          <YearCloseControls
            year={year}
            isClosed={closure !== null}
            canClose={can(user, "years.close")}
            canReopen={can(user, "years.reopen")}
          />
        </div>
      </div>
      {!asked && year !== currentYear ? (
        <p role="status" className="mb-6 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-brand-900">
          {t("openedOnLatest", { year, currentYear })}
        </p>
      ) : null}
      {closure ? (
        <div className="mb-6">
          <ClosureBanner closure={closure} differences={differences} />
        </div>
      ) : null}
      {!current || !hasData ? (
        <EmptyState title={t("emptyTitle", { year })} body={t("emptyBody")} />
      ) : (
        <div className="flex flex-col gap-10">
          <section aria-labelledby="key-figures" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="key-figures" className="text-lg font-medium">
                {t("keyFigures", { year })}
              </h2>
              <a
                href={`/dashboard/export?year=${year}&table=figures`}
                download
                className="text-sm font-medium text-brand-700 underline"
              >
                {t("downloadFigures")}
              </a>
            </div>
            <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
              {figureNames.map((figure) => (
                <KeyFigureCard
                  key={figure}
                  figure={figure}
                  year={year}
                  value={current.shown[figure]}
                  previous={previous?.shown[figure]}
                  live={current.live[figure]}
                />
              ))}
            </div>
          </section>
          <section aria-labelledby="breakdowns" className="flex flex-col gap-3">
            <h2 id="breakdowns" className="text-lg font-medium">
              {t("breakdowns")}
            </h2>
            <Breakdowns year={year} isClosed={closure !== null} />
          </section>
          <section aria-labelledby="mission-results" className="flex flex-col gap-3">
            <h2 id="mission-results" className="text-lg font-medium">
              {t("results.title", { year })}
            </h2>
            <MissionResults year={year} results={results} />
          </section>
          <section aria-labelledby="mission-costs" className="flex flex-col gap-3">
            <h2 id="mission-costs" className="text-lg font-medium">
              {t("costs.title", { year })}
            </h2>
            <MissionCostTotals year={year} costs={costs} />
          </section>
          <section aria-labelledby="world-map" className="flex flex-col gap-3">
            <h2 id="world-map" className="text-lg font-medium">
              {t("map.title")}
            </h2>
            <WorldMap year={year} destinations={destinations} />
          </section>
          <section aria-labelledby="coverage" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="coverage" className="text-lg font-medium">
                {t("coverage.title")}
              </h2>
              <a
                href={`/dashboard/export?year=${year}&table=coverage`}
                download
                className="text-sm font-medium text-brand-700 underline"
              >
                {t("downloadCoverage")}
              </a>
            </div>
            <PriorityCoverageMatrix coverage={coverage} year={year} />
          </section>
          <section aria-labelledby="trends" className="flex flex-col gap-3">
            <h2 id="trends" className="text-lg font-medium">
              {t("trends")}
            </h2>
            <TrendsTable series={series.filter((row) => row.year >= (recorded?.first ?? year))} selectedYear={year} />
          </section>
        </div>
      )}
    </>
  );
}
