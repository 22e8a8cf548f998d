import { useFormatter, useTranslations } from "next-intl";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import type { DelegationDetail } from "@/lib/delegations/queries";
import { DelegationStatusBadge } from "./delegation-status-badge";

/** The delegation's fields as a description list, in a white card. */
export function DelegationDetails({ delegation }: { delegation: DelegationDetail }) {
  const t = useTranslations("delegations");
  const tRecords = useTranslations("records");
  const format = useFormatter();
  const when = (instant: Date) => format.dateTime(instant, { dateStyle: "full", timeStyle: "short" });
  const names = (items: { label: string }[]) =>
    items.length ? items.map((item) => item.label).join(", ") : tRecords("none");
  const rows: DetailRow[] = [
    [
      t("fields.status"),
      <DelegationStatusBadge key="status" status={delegation.status} isArchived={delegation.archivedAt !== null} />,
    ],
    ...(delegation.status === "CANCELLED" && delegation.cancellationReason
      ? [[t("fields.cancellationReason"), delegation.cancellationReason] as [string, string]]
      : []),
    [t("fields.origin"), delegation.origin],
    [t("fields.arrival"), when(delegation.arrivalAt)],
    [t("fields.departure"), when(delegation.departureAt)],
    [t("fields.size"), t("people", { count: delegation.size })],
    [t("fields.hostName"), delegation.hostName || tRecords("none")],
    [t("fields.sectorIds"), names(delegation.sectors)],
    [t("fields.partnerIds"), names(delegation.partners)],
    [
      t("fields.programme"),
      delegation.programme ? (
        <span key="programme" className="whitespace-pre-wrap">
          {delegation.programme}
        </span>
      ) : (
        tRecords("none")
      ),
    ],
    [t("fields.updatedAt"), when(delegation.updatedAt)],
  ];
  return <DetailList rows={rows} />;
}
