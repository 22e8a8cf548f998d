import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { EventTable } from "@/components/events/event-table";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { canReadAllRecords } from "@/lib/records/access";
import { requireCapability } from "@/lib/auth";
import { eventListSchema } from "@/lib/events/list-params";
import { canEditEvents, listEvents, listEventYears } from "@/lib/events/queries";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
import { findPartnerOption } from "@/lib/reference/option-search";
import { listObjectiveOptions, listSectorOptions } from "@/lib/reference/options";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

export const generateMetadata = () => areaMetadata("events");

export default async function EventsPage({ searchParams }: PageProps<"/events">) {
  const user = await requireCapability(areaCapability.events);
  const params = parseListParams(eventListSchema, await searchParams);
  // Partners are searched by their picker: only the one the URL names is looked up.
  const [t, { rows, total }, years, sectors, partner, objectives] = await Promise.all([
    getTranslations("events"),
    listEvents(user, params),
    listEventYears(user),
    listSectorOptions(user.locale),
    canReadAllRecords(user) ? findPartnerOption(user, params.partner) : null,
    listObjectiveOptions(user.locale),
  ]);
  keepWithinPages("/events", params, total);
  return (
    <ListPage
      words="areas.events"
      create={canEditEvents(user) ? { href: "/events/new", label: t("new") } : null}
      tools={
        <SpreadsheetActions path="/events" params={params} importHref={canEditEvents(user) ? "/events/import" : null} />
      }
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      <EventTable
        rows={rows}
        total={total}
        params={params}
        filterOptions={{ years, sectors, partner, objectives, canFilterByPartner: canReadAllRecords(user) }}
      />
    </ListPage>
  );
}
