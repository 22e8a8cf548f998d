import { useFormatter, useTranslations } from "next-intl";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import type { EventDetail } from "@/lib/events/queries";
import { EventStatusBadge } from "./event-status-badge";

/** The event's fields as a description list, in a white card. */
export function EventDetails({ event }: { event: EventDetail }) {
  const t = useTranslations("events");
  const tRecords = useTranslations("records");
  const format = useFormatter();
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: "full", timeStyle: "short" });
  const names = (items: { label: string }[]) =>
    items.length ? items.map((item) => item.label).join(", ") : tRecords("none");
  const rows: DetailRow[] = [
    [
      t("fields.status"),
      <EventStatusBadge key="status" status={event.status} isArchived={event.archivedAt !== null} />,
    ],
    [t("fields.start"), when(event.startsAt)],
    [t("fields.end"), when(event.endsAt)],
    [t("fields.venue"), event.venue || tRecords("none")],
    [
      t("fields.attendance"),
      event.attendance === null ? t("unknownAttendance") : t("people", { count: event.attendance }),
    ],
    [t("fields.sectorIds"), names(event.sectors)],
    [t("fields.partnerIds"), names(event.partners)],
    [t("fields.objectiveIds"), names(event.objectives)],
    [
      t("fields.summary"),
      event.summary ? (
        <span key="summary" className="whitespace-pre-wrap">
          {event.summary}
        </span>
      ) : (
        tRecords("none")
      ),
    ],
    [t("fields.updatedAt"), when(event.updatedAt)],
  ];
  return <DetailList rows={rows} />;
}
