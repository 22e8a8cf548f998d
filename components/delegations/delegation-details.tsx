import { useFormatter, useTranslations } from "next-intl";
import type { DelegationDetail } from "@/lib/delegations/queries";
import { DelegationStatusBadge } from "./delegation-status-badge";

/** The delegation's fields as a description list, in a white card. */
export function DelegationDetails({ delegation }: { delegation: DelegationDetail }) {
  const t = useTranslations("delegations");
  const tRecords = useTranslations("records");
  const format = useFormatter();
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: "full", timeStyle: "short" });
  const names = (items: { label: string }[]) => (items.length ? items.map((item) => item.label).join(", ") : tRecords("none"));
  const rows: [string, React.ReactNode][] = [
    [t("fields.status"), <DelegationStatusBadge key="status" status={delegation.status} isArchived={delegation.archivedAt !== null} />],
    ...(delegation.status === "CANCELLED" && delegation.cancellationReason ? [[t("fields.cancellationReason"), delegation.cancellationReason] as [string, string]] : []),
    [t("fields.origin"), delegation.origin],
    [t("fields.arrival"), when(delegation.arrivalAt)],
    [t("fields.departure"), when(delegation.departureAt)],
    [t("fields.size"), t("people", { count: delegation.size })],
    [t("fields.hostName"), delegation.hostName || tRecords("none")],
    [t("fields.sectorIds"), names(delegation.sectors)],
    [t("fields.partnerIds"), names(delegation.partners)],
    [t("fields.programme"), delegation.programme ? <span key="programme" className="whitespace-pre-wrap">{delegation.programme}</span> : tRecords("none")],
    [t("fields.updatedAt"), when(delegation.updatedAt)],
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
