import { useTranslations } from "next-intl";
import type { MissionStatus } from "@/lib/generated/prisma/enums";

const colours: Record<MissionStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-amber-100 text-amber-900",
  APPROVED: "bg-sky-100 text-sky-900",
  CONFIRMED: "bg-brand-100 text-brand-900",
  COMPLETED: "bg-green-100 text-green-900",
  CANCELLED: "bg-red-100 text-red-900",
};

/** A mission's status as a coloured label; the text carries the meaning, the colour only helps. */
export function MissionStatusBadge({ status }: { status: MissionStatus }) {
  const t = useTranslations("missions.statuses");
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${colours[status]}`}>
      {t(status)}
    </span>
  );
}
