import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { PartnerTable } from "@/components/partners/partner-table";
import { ActionLink, RecordHeader } from "@/components/reference/record-parts";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { partnerListSchema } from "@/lib/partners/list-params";
import { listPartners } from "@/lib/partners/queries";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { can } from "@/lib/policy";

export const generateMetadata = () => areaMetadata("partners");

export default async function PartnersPage({ searchParams }: PageProps<"/partners">) {
  const user = await requireCapability(areaCapability.partners);
  const params = parseListParams(partnerListSchema, await searchParams);
  const [t, tForm, { rows, total }] = await Promise.all([
    getTranslations("areas.partners"),
    getTranslations("reference.partners"),
    listPartners(user, params),
  ]);
  // A page past the end (an old bookmark, rows deleted since) shows the last page instead.
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/partners${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <RecordHeader
        actions={can(user, "reference.edit") ? <ActionLink href="/partners/new" label={tForm("new")} /> : null}
      >
        <PageHeader title={t("title")} description={t("description")} />
      </RecordHeader>
      <SpreadsheetActions path="/partners" params={params} />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <PartnerTable rows={rows} total={total} params={params} />
      )}
    </>
  );
}
