import { getCurrentUser } from "@/lib/auth";
import { resolveDashboardYear } from "@/lib/dashboard/opening-year";
import { getAnnualReport } from "@/lib/dashboard/report";
import { getReportLabels } from "@/lib/dashboard/report-labels";
import { renderAnnualReportPdf } from "@/lib/dashboard/report-pdf";
import { canReadAllRecords } from "@/lib/records/access";

/** GET /dashboard/report/pdf?year=2016 — the annual report as a PDF, in the reader's language. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!canReadAllRecords(user)) return new Response("Forbidden.", { status: 403 });
  const year = await resolveDashboardYear(new URL(request.url).searchParams.get("year") ?? undefined);
  if (year === "invalid") return new Response("Unknown year.", { status: 400 });
  const [report, labels] = await Promise.all([getAnnualReport(year), getReportLabels(year)]);
  const pdf = await renderAnnualReportPdf(report, labels);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="annual-report-${year}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
