import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaRoles } from "@/components/app-shell/areas";
import { ActionLink, RecordHeader } from "@/components/reference/record-parts";
import { TownTable } from "@/components/towns/town-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole, requireRole } from "@/lib/auth";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { townListSchema } from "@/lib/towns/list-params";
import { listTownYears, listTowns } from "@/lib/towns/queries";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

export const generateMetadata = () => areaMetadata("towns");

export default async function TownsPage({ searchParams }: PageProps<"/towns">) {
  const user = await requireRole(...areaRoles.towns);
  const params = parseListParams(townListSchema, await searchParams);
  const [t, tTowns, { rows, total }, years] = await Promise.all([
    getTranslations("areas.towns"), getTranslations("towns"), listTowns(user, params), listTownYears(user),
  ]);
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/towns${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <RecordHeader actions={hasRole(user, "ADMIN", "STAFF") ? <ActionLink href="/towns/new" label={tTowns("new")} /> : null}>
        <PageHeader title={t("title")} description={t("description")} />
      </RecordHeader>
      <SpreadsheetActions path="/towns" params={params} importHref={hasRole(user, "ADMIN", "STAFF") ? "/towns/import" : null} />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <TownTable rows={rows} total={total} params={params} years={years} />
      )}
    </>
  );
}
