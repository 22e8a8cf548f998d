import { useTranslations } from "next-intl";
import { declaredDetailRows, useDetailWords } from "@/components/records/declared-details";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import { delegationFields } from "@/lib/delegations/fields";
import type { DelegationDetail } from "@/lib/delegations/queries";
import { DelegationStatusBadge } from "./delegation-status-badge";

/** The delegation's fields as a description list, in a white card. */
export function DelegationDetails({ delegation }: { delegation: DelegationDetail }) {
  const t = useTranslations("delegations");
  const words = useDetailWords("delegations");
  const rows: DetailRow[] = [
    [
      t("fields.status"),
      <DelegationStatusBadge key="status" status={delegation.status} isArchived={delegation.archivedAt !== null} />,
    ],
    ...(delegation.status === "CANCELLED" && delegation.cancellationReason
      ? [[t("fields.cancellationReason"), delegation.cancellationReason] as [string, string]]
      : []),
    ...declaredDetailRows(delegationFields, delegation, words, {
      title: null,
      // The origin is one row: the city and its country, or the country alone.
      originDestinationId: [t("fields.origin"), delegation.origin],
      originCountryCode: null,
      size: [t("fields.size"), t("people", { count: delegation.size })],
    }),
    [t("fields.updatedAt"), words.when(delegation.updatedAt)],
  ];
  return <DetailList rows={rows} />;
}
