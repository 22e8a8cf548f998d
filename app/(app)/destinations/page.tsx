import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { DestinationTable } from "@/components/reference/destination-table";
import { ActionLink, RecordHeader } from "@/components/reference/record-parts";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { destinationListSchema } from "@/lib/reference/destinations/list-params";
import { listDestinationCountries, listDestinations } from "@/lib/reference/destinations/queries";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { can } from "@/lib/policy";

export const generateMetadata = () => areaMetadata("destinations");

export default async function DestinationsPage({ searchParams }: PageProps<"/destinations">) {
  const user = await requireCapability(areaCapability.destinations);
  const params = parseListParams(destinationListSchema, await searchParams);
  const [t, tDestinations, { rows, total }, countries] = await Promise.all([
    getTranslations("areas.destinations"),
    getTranslations("reference.destinations"),
    listDestinations(user, params),
    listDestinationCountries(user),
  ]);
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/destinations${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <RecordHeader
        actions={
          can(user, "reference.edit") ? <ActionLink href="/destinations/new" label={tDestinations("new")} /> : null
        }
      >
        <PageHeader title={t("title")} description={t("description")} />
      </RecordHeader>
      <SpreadsheetActions path="/destinations" params={params} />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <DestinationTable rows={rows} total={total} params={params} countries={countries} />
      )}
    </>
  );
}
