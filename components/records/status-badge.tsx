import { useTranslations } from "next-intl";

// A record's status as a labelled pill, with "archived" beside it when it is: the same look for
// every area. Colour is never the only cue: the word is always there.

/** Where a status stands: still to happen, done, or called off. */
export type StatusTone = "open" | "done" | "cancelled";

const tones: Record<StatusTone, string> = {
  open: "border-sky-200 bg-sky-50 text-sky-900",
  done: "border-green-200 bg-green-50 text-green-900",
  cancelled: "border-slate-300 bg-slate-100 text-slate-700",
};

export function StatusBadge({
  label,
  tone,
  isArchived = false,
}: {
  label: string;
  tone: StatusTone;
  isArchived?: boolean;
}) {
  const t = useTranslations("records");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${tones[tone]}`}>
        {label}
      </span>
      {isArchived ? (
        <span className="rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">
          {t("archived")}
        </span>
      ) : null}
    </span>
  );
}
