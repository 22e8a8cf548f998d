import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { getCurrentUser } from "@/lib/auth";
import { resolveDashboardYear } from "@/lib/dashboard/opening-year";
import { exportBreakdownCsv, exportTables, type ExportTable } from "@/lib/dashboard/exports";
import { canReadAllRecords } from "@/lib/records/access";

/** GET /dashboard/export?year=2016&table=sectors — one breakdown of the dashboard as a CSV download. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!canReadAllRecords(user)) return new Response("Forbidden.", { status: 403 });
  const url = new URL(request.url);
  const year = await resolveDashboardYear(url.searchParams.get("year") ?? undefined);
  const table = url.searchParams.get("table");
  if (year === "invalid" || !exportTables.includes(table as ExportTable))
    return new Response("Unknown year or table.", { status: 400 });
  const locale = await getAppLocale();
  const t = await getTranslations("dashboard");
  const csv = await exportBreakdownCsv(user, table as ExportTable, year, locale, (key) => t(key as never));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="dashboard-${year}-${table}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
