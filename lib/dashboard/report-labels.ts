import "server-only";
import { getTranslations } from "next-intl/server";
import type { ReportLabels } from "./report-pdf";

/** The report's texts in the reader's language. */
export async function getReportLabels(year: number): Promise<ReportLabels> {
  const t = await getTranslations("dashboard");
  const tApp = await getTranslations("app");
  return {
    title: t("report.title", { year }),
    organisation: tApp("organisation"),
    published: t("report.published"),
    live: t("report.live"),
    figure: (name) => t(`figures.${name}.label`),
    priorityDestinations: t("report.priorityDestinations"),
    agreementsSigned: t("report.agreementsSigned"),
    missions: t("report.missions"),
    none: t("report.none"),
  };
}
