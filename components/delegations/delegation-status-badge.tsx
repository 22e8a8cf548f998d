import { useTranslations } from "next-intl";
import { StatusBadge, type StatusTone } from "@/components/records/status-badge";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";

const tones: Record<DelegationStatus, StatusTone> = { EXPECTED: "open", WELCOMED: "done", CANCELLED: "cancelled" };

export function DelegationStatusBadge({ status, isArchived }: { status: DelegationStatus; isArchived?: boolean }) {
  const t = useTranslations("delegations");
  return <StatusBadge label={t(`statuses.${status}`)} tone={tones[status]} isArchived={isArchived ?? false} />;
}
