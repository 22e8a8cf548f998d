import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { ActionLink, RecordHeader } from "@/components/reference/record-parts";
import { TownTable } from "@/components/towns/town-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { townListSchema } from "@/lib/towns/list-params";
import { listTownYears, listTowns } from "@/lib/towns/queries";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { can } from "@/lib/policy";

export const generateMetadata = () => areaMetadata("towns");

export default async function TownsPage({ searchParams }: PageProps<"/towns">) {
  const user = await requireCapability(areaCapability.towns);
  const params = parseListParams(townListSchema, await searchParams);
  const [t, tTowns, { rows, total }, years] = await Promise.all([
    getTranslations("areas.towns"),
    getTranslations("towns"),
    listTowns(user, params),
    listTownYears(user),
  ]);
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/towns${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <RecordHeader actions={can(user, "records.edit") ? <ActionLink href="/towns/new" label={tTowns("new")} /> : null}>
        <PageHeader title={t("title")} description={t("description")} />
      </RecordHeader>
      <SpreadsheetActions
        path="/towns"
        params={params}
        importHref={can(user, "records.edit") ? "/towns/import" : null}
      />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <TownTable rows={rows} total={total} params={params} years={years} />
      )}
    </>
  );
}
