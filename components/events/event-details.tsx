import { useFormatter, useTranslations } from "next-intl";
import type { EventDetail } from "@/lib/events/queries";
import { EventStatusBadge } from "./event-status-badge";

/** The event's fields as a description list, in a white card. */
export function EventDetails({ event }: { event: EventDetail }) {
  const t = useTranslations("events");
  const tRecords = useTranslations("records");
  const format = useFormatter();
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: "full", timeStyle: "short" });
  const names = (items: { label: string }[]) => (items.length ? items.map((item) => item.label).join(", ") : tRecords("none"));
  const rows: [string, React.ReactNode][] = [
    [t("fields.status"), <EventStatusBadge key="status" status={event.status} isArchived={event.archivedAt !== null} />],
    [t("fields.start"), when(event.startsAt)],
    [t("fields.end"), when(event.endsAt)],
    [t("fields.venue"), event.venue || tRecords("none")],
    [t("fields.attendance"), event.attendance === null ? t("unknownAttendance") : t("people", { count: event.attendance })],
    [t("fields.sectorIds"), names(event.sectors)],
    [t("fields.partnerIds"), names(event.partners)],
    [t("fields.objectiveIds"), names(event.objectives)],
    [t("fields.summary"), event.summary ? <span key="summary" className="whitespace-pre-wrap">{event.summary}</span> : tRecords("none")],
    [t("fields.updatedAt"), when(event.updatedAt)],
  ];
  return (
    <dl className="grid max-w-3xl gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr] sm:p-6">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className="mb-2 text-slate-900 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
