import { getFormatter, getTranslations } from "next-intl/server";
import type { TakenStep } from "@/lib/missions/approval-queries";

/** The mission's steps through its life cycle, latest first: who, when, from what to what, and why. */
export async function MissionSteps({ steps }: { steps: TakenStep[] }) {
  const [t, tStatuses, format] = await Promise.all([
    getTranslations("missions.history"),
    getTranslations("missions.statuses"),
    getFormatter(),
  ]);
  if (steps.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ol className="flex flex-col gap-3 text-sm">
      {steps.map((step) => (
        <li key={step.id} className="border-l-2 border-slate-200 pl-3">
          <p>
            <span className="font-medium">
              {t("change", { from: tStatuses(step.fromStatus), to: tStatuses(step.toStatus) })}
            </span>{" "}
            <span className="text-slate-600">
              {t("by", {
                name: step.actorName,
                date: format.dateTime(step.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </span>
          </p>
          {step.comment ? <p className="mt-1 whitespace-pre-line text-slate-800">{step.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
