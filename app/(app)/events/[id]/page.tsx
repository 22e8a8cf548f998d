import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddToCalendarLink } from "@/components/calendar-export/add-to-calendar-link";
import { ArchiveControl } from "@/components/ui/archive-control";
import { EventDetails } from "@/components/events/event-details";
import { RecordPage } from "@/components/records/record-page";
import { StatusActions } from "@/components/records/status-actions";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { canEditEvents, getEvent } from "@/lib/events/queries";
import { canChangeEventStatus, nextEventStatuses } from "@/lib/events/status";
import { canReadAllRecords } from "@/lib/records/access";
import { changeEventStatusAction, setEventArchivedAction } from "@/lib/events/actions";

const loadEvent = recordLoader(getEvent);

export const generateMetadata = recordMetadata(
  loadEvent,
  (event) => event.title,
  async () => (await getTranslations("areas.events"))("title"),
);

export default async function EventPage({ params }: PageProps<"/events/[id]">) {
  // Partner users may open the events their organisation takes part in (the query scopes them).
  const user = await requireCapability("records.read", "records.readOwn");
  const { id } = await params;
  const [event, t] = await Promise.all([loadEvent(id), getTranslations("events")]);
  if (!event) notFound();
  const isEditable = canEditEvents(user) && !event.archivedAt;
  const now = new Date();
  const nextStatuses = nextEventStatuses(event.status).filter((status) =>
    canChangeEventStatus(event.status, status, event.startsAt, now),
  );
  const record = { id: event.id, version: event.version, title: event.title };
  return (
    <RecordPage
      back={canReadAllRecords(user) ? { href: "/events", label: t("back") } : undefined}
      title={event.title}
      description={event.venue}
      editHref={isEditable ? `/events/${id}/edit` : undefined}
      isArchived={event.archivedAt !== null}
      actions={<AddToCalendarLink kind="event" id={event.id} />}
      details={<EventDetails event={event} />}
      status={
        isEditable
          ? {
              title: t("statusTitle"),
              control: (
                <StatusActions
                  namespace="events"
                  record={record}
                  nextStatuses={nextStatuses}
                  action={changeEventStatusAction}
                  // "Held" is left out until the event has started: say so.
                  later={event.status === "PLANNED" && !nextStatuses.includes("HELD") ? t("holdLater") : undefined}
                />
              ),
            }
          : undefined
      }
      archive={
        canEditEvents(user) ? (
          <ArchiveControl
            action={setEventArchivedAction}
            record={{ ...record, name: record.title, isArchived: event.archivedAt !== null }}
          />
        ) : null
      }
    />
  );
}
