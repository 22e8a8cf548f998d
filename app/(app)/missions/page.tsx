import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { MissionTable } from "@/components/missions/mission-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { type ActingUser, requireCapability } from "@/lib/auth";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { missionListSchema, type MissionListParams } from "@/lib/missions/list-params";
import { hasAnyMission, listMissionYears, listMissions } from "@/lib/missions/queries";
import { findDestinationOption, findPartnerOption } from "@/lib/reference/option-search";
import { listSectorOptions } from "@/lib/reference/options";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { can } from "@/lib/policy";

export const generateMetadata = () => areaMetadata("missions");

export default async function MissionsPage({ searchParams }: PageProps<"/missions">) {
  const user = await requireCapability(areaCapability.missions);
  const params = parseListParams(missionListSchema, await searchParams);
  const [t, tMissions, { rows, total }] = await Promise.all([
    getTranslations("areas.missions"),
    getTranslations("missions"),
    listMissions(user, params),
  ]);
  // A page past the end (an old bookmark, rows archived since) shows the last page instead.
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/missions${buildListQuery(params, { page: lastPage })}`);
  const isEmpty = total === 0 && !hasActiveFilters(params) && !(await hasAnyMission(user));
  const canEdit = can(user, "records.edit");
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={t("title")} description={t("description")} />
        {canEdit ? (
          <Link
            href="/missions/new"
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {tMissions("new")}
          </Link>
        ) : null}
      </div>
      <SpreadsheetActions path="/missions" params={params} importHref={canEdit ? "/missions/import" : null} />
      {isEmpty ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <MissionTable rows={rows} total={total} params={params} filterOptions={await filterOptions(user, params)} />
      )}
    </>
  );
}

/**
 * The choices of the list's filters: active sectors and the years missions start in. Partners and
 * destinations are searched by their pickers; only the ones the URL names are looked up, for their labels.
 */
async function filterOptions(user: ActingUser, params: MissionListParams) {
  const [years, sectors, partner, destination] = await Promise.all([
    listMissionYears(user),
    listSectorOptions(user.locale),
    findPartnerOption(user, params.partner),
    findDestinationOption(params.destination),
  ]);
  return { years, sectors, partner, destination };
}
