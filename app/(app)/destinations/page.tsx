import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { DestinationTable } from "@/components/reference/destination-table";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { requireCapability } from "@/lib/auth";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
import { can } from "@/lib/policy";
import { destinationListSchema } from "@/lib/reference/destinations/list-params";
import { listDestinationCountries, listDestinations } from "@/lib/reference/destinations/queries";

export const generateMetadata = () => areaMetadata("destinations");

export default async function DestinationsPage({ searchParams }: PageProps<"/destinations">) {
  const user = await requireCapability(areaCapability.destinations);
  const params = parseListParams(destinationListSchema, await searchParams);
  const [t, { rows, total }, countries] = await Promise.all([
    getTranslations("reference.destinations"),
    listDestinations(user, params),
    listDestinationCountries(user),
  ]);
  keepWithinPages("/destinations", params, total);
  return (
    <ListPage
      words="areas.destinations"
      create={can(user, "reference.edit") ? { href: "/destinations/new", label: t("new") } : null}
      tools={<SpreadsheetActions path="/destinations" params={params} />}
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      <DestinationTable rows={rows} total={total} params={params} countries={countries} />
    </ListPage>
  );
}
