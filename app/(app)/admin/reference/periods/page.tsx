import { getTranslations } from "next-intl/server";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { PeriodTable } from "@/components/reference/period-table";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { requireCapability } from "@/lib/auth";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
import { periodListSchema } from "@/lib/reference/periods/list-params";
import { listPeriods } from "@/lib/reference/periods/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.periods"))("title") };
}

export default async function PeriodsPage({ searchParams }: PageProps<"/admin/reference/periods">) {
  const admin = await requireCapability("codeLists.manage");
  const params = parseListParams(periodListSchema, await searchParams);
  const [t, tAdmin, { rows, total }] = await Promise.all([
    getTranslations("reference.periods"),
    getTranslations("reference.admin"),
    listPeriods(admin, params),
  ]);
  keepWithinPages("/admin/reference/periods", params, total);
  return (
    <ListPage
      words="reference.periods"
      back={{ href: "/admin/reference", label: tAdmin("back") }}
      create={{ href: "/admin/reference/periods/new", label: t("new") }}
      tools={<SpreadsheetActions path="/admin/reference/periods" params={params} />}
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      <PeriodTable rows={rows} total={total} params={params} />
    </ListPage>
  );
}
