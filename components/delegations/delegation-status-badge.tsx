import { useTranslations } from "next-intl";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";

const colours: Record<DelegationStatus, string> = {
  EXPECTED: "border-sky-200 bg-sky-50 text-sky-900",
  WELCOMED: "border-green-200 bg-green-50 text-green-900",
  CANCELLED: "border-slate-300 bg-slate-100 text-slate-700",
};

/** The status as a labelled pill (colour is never the only cue: the word is always there). */
export function DelegationStatusBadge({
  status,
  isArchived = false,
}: {
  status: DelegationStatus;
  isArchived?: boolean;
}) {
  const t = useTranslations("delegations");
  const tRecords = useTranslations("records");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${colours[status]}`}>
        {t(`statuses.${status}`)}
      </span>
      {isArchived ? (
        <span className="rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">
          {tRecords("archived")}
        </span>
      ) : null}
    </span>
  );
}
