import { useTranslations } from "next-intl";
import { declaredDetailRows, useDetailWords } from "@/components/records/declared-details";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import { eventFields } from "@/lib/events/fields";
import type { EventDetail } from "@/lib/events/queries";
import { EventStatusBadge } from "./event-status-badge";

/** The event's fields as a description list, in a white card. */
export function EventDetails({ event }: { event: EventDetail }) {
  const t = useTranslations("events");
  const words = useDetailWords("events");
  const rows: DetailRow[] = [
    [
      t("fields.status"),
      <EventStatusBadge key="status" status={event.status} isArchived={event.archivedAt !== null} />,
    ],
    ...declaredDetailRows(eventFields, event, words, {
      title: null,
      attendance: [
        t("fields.attendance"),
        event.attendance === null ? t("unknownAttendance") : t("people", { count: event.attendance }),
      ],
    }),
    [t("fields.updatedAt"), words.when(event.updatedAt)],
  ];
  return <DetailList rows={rows} />;
}
