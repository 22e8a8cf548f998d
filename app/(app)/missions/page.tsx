import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { ApprovalQueueNotice } from "@/components/missions/approval-queue-notice";
import { MissionTable } from "@/components/missions/mission-table";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { type ActingUser, requireCapability } from "@/lib/auth";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
import { missionListSchema, type MissionListParams } from "@/lib/missions/list-params";
import { countAwaitingApproval } from "@/lib/missions/approval-queries";
import { hasAnyMission, listMissionYears, listMissions } from "@/lib/missions/queries";
import { findDestinationOption, findPartnerOption } from "@/lib/reference/option-search";
import { listSectorOptions } from "@/lib/reference/options";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { can } from "@/lib/policy";
import { canReadAllRecords } from "@/lib/records/access";

export const generateMetadata = () => areaMetadata("missions");

export default async function MissionsPage({ searchParams }: PageProps<"/missions">) {
  const user = await requireCapability(areaCapability.missions);
  const params = parseListParams(missionListSchema, await searchParams);
  const [t, { rows, total }, awaitingApproval] = await Promise.all([
    getTranslations("missions"),
    listMissions(user, params),
    countAwaitingApproval(user),
  ]);
  keepWithinPages("/missions", params, total);
  const isEmpty = total === 0 && !hasActiveFilters(params) && !(await hasAnyMission(user));
  const canEdit = can(user, "records.edit");
  return (
    <ListPage
      words="areas.missions"
      create={canEdit ? { href: "/missions/new", label: t("new") } : null}
      tools={
        <>
          {awaitingApproval > 0 && params.status !== "SUBMITTED" ? (
            <ApprovalQueueNotice count={awaitingApproval} />
          ) : null}
          {canReadAllRecords(user) ? (
            <Link
              href="/missions/follow-ups"
              className="mb-2 inline-block text-sm font-medium text-brand-700 underline"
            >
              {t("followUps.pendingLink")}
            </Link>
          ) : null}
          <SpreadsheetActions path="/missions" params={params} importHref={canEdit ? "/missions/import" : null} />
          {/* Travellers and cost lines are the department's own papers: office users only. */}
          {can(user, "records.read") ? (
            <>
              <SpreadsheetActions
                path="/missions/travellers"
                params={params}
                importHref={canEdit ? "/missions/travellers/import" : null}
                parts="missionTravellers"
              />
              <SpreadsheetActions
                path="/missions/costs"
                params={params}
                importHref={canEdit ? "/missions/costs/import" : null}
                parts="missionCosts"
              />
            </>
          ) : null}
        </>
      }
      isEmpty={isEmpty}
    >
      {isEmpty ? null : (
        <MissionTable rows={rows} total={total} params={params} filterOptions={await filterOptions(user, params)} />
      )}
    </ListPage>
  );
}

/**
 * The choices of the list's filters: active sectors and the years missions start in. Partners and
 * destinations are searched by their pickers; only the ones the URL names are looked up, for their labels.
 */
async function filterOptions(user: ActingUser, params: MissionListParams) {
  const canSeeCosts = canReadAllRecords(user);
  const payerId = canSeeCosts && params.paidBy !== "any" && params.paidBy !== "metropole" ? params.paidBy : undefined;
  const [years, sectors, partner, destination, payer] = await Promise.all([
    listMissionYears(user),
    listSectorOptions(user.locale),
    // A partner user reads their own organisation's records only: no partner filter.
    canSeeCosts ? findPartnerOption(user, params.partner) : null,
    findDestinationOption(params.destination),
    canSeeCosts ? findPartnerOption(user, payerId) : null,
  ]);
  return { years, sectors, partner, destination, payer, canSeeCosts, canFilterByPartner: canSeeCosts };
}
