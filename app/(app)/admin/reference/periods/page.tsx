import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PeriodTable } from "@/components/reference/period-table";
import { ActionLink, BackLink, RecordHeader } from "@/components/reference/record-parts";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { periodListSchema } from "@/lib/reference/periods/list-params";
import { listPeriods } from "@/lib/reference/periods/queries";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

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
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/admin/reference/periods${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <BackLink href="/admin/reference" label={tAdmin("back")} />
      <RecordHeader actions={<ActionLink href="/admin/reference/periods/new" label={t("new")} />}>
        <PageHeader title={t("title")} description={t("description")} />
      </RecordHeader>
      <SpreadsheetActions path="/admin/reference/periods" params={params} />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <PeriodTable rows={rows} total={total} params={params} />
      )}
    </>
  );
}
