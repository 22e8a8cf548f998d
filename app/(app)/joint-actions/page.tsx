import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { JointActionTable } from "@/components/joint-actions/joint-action-table";
import { PartnerSummaryPanel } from "@/components/joint-actions/partner-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { jointActionListSchema } from "@/lib/joint-actions/list-params";
import { summariseByPartner } from "@/lib/joint-actions/partner-summary";
import { canEditJointActions, listJointActionYears, listJointActions } from "@/lib/joint-actions/queries";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { canReadAllRecords } from "@/lib/records/access";
import { findDestinationOption, findPartnerOption } from "@/lib/reference/option-search";
import { listObjectiveOptions } from "@/lib/reference/options";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

export const generateMetadata = () => areaMetadata("joint-actions");

export default async function JointActionsPage({ searchParams }: PageProps<"/joint-actions">) {
  const user = await requireCapability(areaCapability["joint-actions"]);
  const params = parseListParams(jointActionListSchema, await searchParams);
  const readsAll = canReadAllRecords(user);
  // Partners and destinations are searched by their pickers: only the ones the URL names are looked up.
  const [tArea, t, { rows, total }, years, partner, destination, objectives, summary] = await Promise.all([
    getTranslations("areas.joint-actions"),
    getTranslations("jointActions"),
    listJointActions(user, params),
    listJointActionYears(user),
    readsAll ? findPartnerOption(user, params.partner) : Promise.resolve(null),
    findDestinationOption(params.destination),
    listObjectiveOptions(user.locale),
    readsAll ? summariseByPartner(user, params) : Promise.resolve(null),
  ]);
  // A page past the end (an old bookmark, rows archived since) shows the last page instead.
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/joint-actions${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={tArea("title")} description={tArea("description")} />
        {canEditJointActions(user) ? (
          <Link
            href="/joint-actions/new"
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {t("new")}
          </Link>
        ) : null}
      </div>
      <SpreadsheetActions
        path="/joint-actions"
        params={params}
        importHref={readsAll && canEditJointActions(user) ? "/joint-actions/import" : null}
      />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={tArea("emptyTitle")} body={tArea("emptyBody")} />
      ) : (
        <>
          {summary ? <PartnerSummaryPanel summary={summary} year={params.year} /> : null}
          <JointActionTable
            rows={rows}
            total={total}
            params={params}
            filterOptions={{ years, canFilterByPartner: readsAll, partner, destination, objectives }}
          />
        </>
      )}
    </>
  );
}
