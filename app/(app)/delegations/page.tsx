import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { DelegationTable } from "@/components/delegations/delegation-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { delegationListSchema } from "@/lib/delegations/list-params";
import { canEditDelegations, listDelegationFilterChoices, listDelegations } from "@/lib/delegations/queries";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { findDestinationOption, findPartnerOption } from "@/lib/reference/option-search";
import { listSectorOptions } from "@/lib/reference/options";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

export const generateMetadata = () => areaMetadata("delegations");

export default async function DelegationsPage({ searchParams }: PageProps<"/delegations">) {
  const user = await requireCapability(areaCapability.delegations);
  const params = parseListParams(delegationListSchema, await searchParams);
  // Partners and destinations are searched by their pickers: only the ones the URL names are looked up.
  const [tArea, t, { rows, total }, choices, sectors, partner, destination] = await Promise.all([
    getTranslations("areas.delegations"),
    getTranslations("delegations"),
    listDelegations(user, params),
    listDelegationFilterChoices(user),
    listSectorOptions(user.locale),
    findPartnerOption(user, params.partner),
    findDestinationOption(params.destination),
  ]);
  // A page past the end (an old bookmark, rows archived since) shows the last page instead.
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/delegations${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={tArea("title")} description={tArea("description")} />
        {canEditDelegations(user) ? (
          <Link
            href="/delegations/new"
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {t("new")}
          </Link>
        ) : null}
      </div>
      <SpreadsheetActions
        path="/delegations"
        params={params}
        importHref={canEditDelegations(user) ? "/delegations/import" : null}
      />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={tArea("emptyTitle")} body={tArea("emptyBody")} />
      ) : (
        <DelegationTable
          rows={rows}
          total={total}
          params={params}
          filterOptions={{ ...choices, sectors, partner, destination }}
        />
      )}
    </>
  );
}
