import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { PrintButton } from "@/components/dashboard/print-button";
import { requireCapability } from "@/lib/auth";
import { resolveDashboardYear } from "@/lib/dashboard/opening-year";
import { figureNames } from "@/lib/dashboard/figures";
import { getAnnualReport } from "@/lib/dashboard/report";
import { notFound } from "next/navigation";

export async function generateMetadata({ searchParams }: PageProps<"/dashboard/report">) {
  const year = await resolveDashboardYear((await searchParams).year);
  const t = await getTranslations("dashboard.report");
  return { title: year === "invalid" ? t("open") : t("title", { year }) };
}

/** The annual report as a printable page (the shell hides itself when printing). */
export default async function AnnualReportPage({ searchParams }: PageProps<"/dashboard/report">) {
  await requireCapability(areaCapability.dashboard);
  const year = await resolveDashboardYear((await searchParams).year);
  if (year === "invalid") notFound();
  const [t, tApp, report] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("app"),
    getAnnualReport(year),
  ]);
  return (
    <article className="mx-auto max-w-3xl bg-white p-8 print:p-0">
      <div className="mb-6 flex flex-wrap gap-3 print:hidden">
        <Link href={`/dashboard?year=${year}`} className="text-sm text-brand-700 underline">
          {t("report.back")}
        </Link>
        <PrintButton label={t("report.print")} />
        <a
          href={`/dashboard/report/pdf?year=${year}`}
          download
          className="text-sm font-medium text-brand-700 underline"
        >
          {t("report.downloadPdf")}
        </a>
      </div>
      <p className="text-xs uppercase tracking-wide text-brand-600">{tApp("organisation")}</p>
      <h1 className="text-3xl font-semibold text-brand-900">{t("report.title", { year })}</h1>
      <p className="mt-1 text-sm text-slate-600">{report.isPublished ? t("report.published") : t("report.live")}</p>
      <dl className="mt-8 grid grid-cols-2 gap-6">
        {figureNames.map((figure) => (
          <div key={figure}>
            <dt className="sr-only">{t(`figures.${figure}.label`)}</dt>
            <dd className="text-5xl font-semibold text-brand-600">{report.figures[figure]}</dd>
            <dd aria-hidden="true" className="mt-1 text-slate-900">
              {t(`figures.${figure}.label`)}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-10 text-xl font-semibold text-brand-600">
        {t("report.priorityDestinations")}
        {report.period ? ` — ${report.period.label}` : ""}
      </h2>
      {report.period ? (
        <ul className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
          {report.period.destinations.map((city) => (
            <li key={city}>{city}</li>
          ))}
        </ul>
      ) : (
        <p>{t("report.none")}</p>
      )}
      <h2 className="mt-8 text-xl font-semibold text-brand-600">{t("report.agreementsSigned")}</h2>
      <ul className="mt-2 list-disc pl-5">
        {report.agreementsSigned.length === 0 ? (
          <li>{t("report.none")}</li>
        ) : (
          report.agreementsSigned.map((agreement) => (
            <li key={agreement.title}>
              {agreement.title} — {agreement.counterpart} ({agreement.city})
            </li>
          ))
        )}
      </ul>
      <h2 className="mt-8 text-xl font-semibold text-brand-600">{t("report.missions")}</h2>
      <ul className="mt-2 list-disc pl-5">
        {report.missions.length === 0 ? (
          <li>{t("report.none")}</li>
        ) : (
          report.missions.map((mission, index) => (
            <li key={`${mission.title}-${index}`}>
              {mission.title}
              {mission.destinations.length ? ` — ${mission.destinations.join(", ")}` : ""}
            </li>
          ))
        )}
      </ul>
    </article>
  );
}
