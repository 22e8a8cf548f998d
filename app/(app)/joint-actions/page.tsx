import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { JointActionTable } from "@/components/joint-actions/joint-action-table";
import { PartnerSummaryPanel } from "@/components/joint-actions/partner-summary";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { jointActionListSchema } from "@/lib/joint-actions/list-params";
import { summariseByPartner } from "@/lib/joint-actions/partner-summary";
import { canEditJointActions, listJointActionYears, listJointActions } from "@/lib/joint-actions/queries";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
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
  const [t, { rows, total }, years, partner, destination, objectives, summary] = await Promise.all([
    getTranslations("jointActions"),
    listJointActions(user, params),
    listJointActionYears(user),
    readsAll ? findPartnerOption(user, params.partner) : Promise.resolve(null),
    findDestinationOption(params.destination),
    listObjectiveOptions(user.locale),
    readsAll ? summariseByPartner(user, params) : Promise.resolve(null),
  ]);
  keepWithinPages("/joint-actions", params, total);
  return (
    <ListPage
      words="areas.joint-actions"
      create={canEditJointActions(user) ? { href: "/joint-actions/new", label: t("new") } : null}
      tools={
        <SpreadsheetActions
          path="/joint-actions"
          params={params}
          importHref={readsAll && canEditJointActions(user) ? "/joint-actions/import" : null}
        />
      }
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      {summary ? <PartnerSummaryPanel summary={summary} year={params.year} /> : null}
      <JointActionTable
        rows={rows}
        total={total}
        params={params}
        filterOptions={{ years, canFilterByPartner: readsAll, partner, destination, objectives }}
      />
    </ListPage>
  );
}
