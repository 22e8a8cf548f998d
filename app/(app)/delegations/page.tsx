import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { DelegationTable } from "@/components/delegations/delegation-table";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { canReadAllRecords } from "@/lib/records/access";
import { requireCapability } from "@/lib/auth";
import { delegationListSchema } from "@/lib/delegations/list-params";
import { canEditDelegations, listDelegationFilterChoices, listDelegations } from "@/lib/delegations/queries";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
import { findDestinationOption, findPartnerOption } from "@/lib/reference/option-search";
import { listSectorOptions } from "@/lib/reference/options";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

export const generateMetadata = () => areaMetadata("delegations");

export default async function DelegationsPage({ searchParams }: PageProps<"/delegations">) {
  const user = await requireCapability(areaCapability.delegations);
  const params = parseListParams(delegationListSchema, await searchParams);
  // Partners and destinations are searched by their pickers: only the ones the URL names are looked up.
  const [t, { rows, total }, choices, sectors, partner, destination] = await Promise.all([
    getTranslations("delegations"),
    listDelegations(user, params),
    listDelegationFilterChoices(user),
    listSectorOptions(user.locale),
    // A partner user reads their own organisation's records only: no partner filter.
    canReadAllRecords(user) ? findPartnerOption(user, params.partner) : null,
    findDestinationOption(params.destination),
  ]);
  keepWithinPages("/delegations", params, total);
  return (
    <ListPage
      words="areas.delegations"
      create={canEditDelegations(user) ? { href: "/delegations/new", label: t("new") } : null}
      tools={
        <SpreadsheetActions
          path="/delegations"
          params={params}
          importHref={canEditDelegations(user) ? "/delegations/import" : null}
        />
      }
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      <DelegationTable
        rows={rows}
        total={total}
        params={params}
        filterOptions={{ ...choices, sectors, partner, destination, canFilterByPartner: canReadAllRecords(user) }}
      />
    </ListPage>
  );
}
