import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { EventTable } from "@/components/events/event-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { eventListSchema } from "@/lib/events/list-params";
import { canEditEvents, listEvents, listEventYears } from "@/lib/events/queries";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { findPartnerOption } from "@/lib/reference/option-search";
import { listObjectiveOptions, listSectorOptions } from "@/lib/reference/options";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

export const generateMetadata = () => areaMetadata("events");

export default async function EventsPage({ searchParams }: PageProps<"/events">) {
  const user = await requireCapability(areaCapability.events);
  const params = parseListParams(eventListSchema, await searchParams);
  // Partners are searched by their picker: only the one the URL names is looked up.
  const [tArea, t, { rows, total }, years, sectors, partner, objectives] = await Promise.all([
    getTranslations("areas.events"),
    getTranslations("events"),
    listEvents(user, params),
    listEventYears(user),
    listSectorOptions(user.locale),
    findPartnerOption(user, params.partner),
    listObjectiveOptions(user.locale),
  ]);
  // A page past the end (an old bookmark, rows archived since) shows the last page instead.
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/events${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={tArea("title")} description={tArea("description")} />
        {canEditEvents(user) ? (
          <Link
            href="/events/new"
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {t("new")}
          </Link>
        ) : null}
      </div>
      <SpreadsheetActions path="/events" params={params} importHref={canEditEvents(user) ? "/events/import" : null} />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={tArea("emptyTitle")} body={tArea("emptyBody")} />
      ) : (
        <EventTable rows={rows} total={total} params={params} filterOptions={{ years, sectors, partner, objectives }} />
      )}
    </>
  );
}
