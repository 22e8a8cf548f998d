import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddToCalendarLink } from "@/components/calendar-export/add-to-calendar-link";
import { ArchiveControl } from "@/components/ui/archive-control";
import { EventDetails } from "@/components/events/event-details";
import { EventStatusActions } from "@/components/events/event-status-actions";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { canEditEvents, getEvent } from "@/lib/events/queries";
import { canChangeEventStatus, nextEventStatuses } from "@/lib/events/status";
import { canReadAllRecords } from "@/lib/records/access";
import { setEventArchivedAction } from "@/lib/events/actions";

export default async function EventPage({ params }: PageProps<"/events/[id]">) {
  // Partner users may open the events their organisation takes part in (the query scopes them).
  const user = await requireCapability("records.read", "records.readOwn");
  const { id } = await params;
  const [event, t, tRecords] = await Promise.all([
    getEvent(user, id),
    getTranslations("events"),
    getTranslations("records"),
  ]);
  if (!event) notFound();
  const isEditable = canEditEvents(user) && !event.archivedAt;
  const now = new Date();
  const nextStatuses = nextEventStatuses(event.status).filter((status) =>
    canChangeEventStatus(event.status, status, event.startsAt, now),
  );
  const record = { id: event.id, version: event.version, title: event.title };
  return (
    <>
      {canReadAllRecords(user) ? (
        <Link href="/events" className="mb-4 inline-block text-sm text-brand-700 underline">
          {t("back")}
        </Link>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={event.title} description={event.venue || undefined} />
        {isEditable ? (
          <Link
            href={`/events/${id}/edit`}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {tRecords("edit")}
          </Link>
        ) : null}
      </div>
      <div className="mb-6">
        <AddToCalendarLink kind="event" id={event.id} />
      </div>
      {event.archivedAt ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {tRecords("archivedNotice")}
        </p>
      ) : null}
      <EventDetails event={event} />
      {canEditEvents(user) ? (
        <div className="mt-8 flex flex-col gap-6">
          {isEditable ? (
            <section aria-labelledby="status-title">
              <h2 id="status-title" className="mb-3 text-lg font-medium">
                {t("statusTitle")}
              </h2>
              <EventStatusActions
                event={record}
                nextStatuses={nextStatuses}
                isHoldLater={event.status === "PLANNED" && !nextStatuses.includes("HELD")}
              />
            </section>
          ) : null}
          <ArchiveControl
            action={setEventArchivedAction}
            record={{ ...record, name: record.title, isArchived: event.archivedAt !== null }}
          />
        </div>
      ) : null}
    </>
  );
}
