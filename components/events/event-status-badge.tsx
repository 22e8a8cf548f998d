import { useTranslations } from "next-intl";
import { StatusBadge, type StatusTone } from "@/components/records/status-badge";
import type { EventStatus } from "@/lib/generated/prisma/enums";

const tones: Record<EventStatus, StatusTone> = { PLANNED: "open", HELD: "done", CANCELLED: "cancelled" };

export function EventStatusBadge({ status, isArchived }: { status: EventStatus; isArchived?: boolean }) {
  const t = useTranslations("events");
  return <StatusBadge label={t(`statuses.${status}`)} tone={tones[status]} isArchived={isArchived ?? false} />;
}
