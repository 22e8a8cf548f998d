import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { FollowUpSlot } from "@/lib/missions/follow-ups/queries";

/** Where a slot's answer form is, for whoever may give it; null when it cannot be answered yet. */
export type AnswerHref = (slot: FollowUpSlot) => string | null;

const stateTone = {
  answered: "bg-green-50 text-green-800 border-green-200",
  upcoming: "bg-slate-50 text-slate-700 border-slate-200",
  due: "bg-sky-50 text-sky-900 border-sky-200",
  overdue: "bg-amber-50 text-amber-900 border-amber-300",
} as const;

/**
 * What came of a mission at 3, 6 and 12 months (decision 020): each checkpoint's answers, the
 * department's and its partners', what each says, and the way to answer those that are asked.
 */
export async function FollowUpTable({
  slots,
  answerHref,
  showMission = false,
}: {
  slots: FollowUpSlot[];
  answerHref: AnswerHref;
  /** In a list across missions: each row names its mission. */
  showMission?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("missions.followUps"), getFormatter()]);
  const day = (text: string) =>
    format.dateTime(new Date(`${text}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            {showMission ? (
              <th scope="col" className={cell}>
                {t("columns.mission")}
              </th>
            ) : null}
            <th scope="col" className={cell}>
              {t("columns.checkpoint")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.respondent")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.answer")}
            </th>
            <th scope="col" className={cell}>
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {slots.map((slot) => {
            const href = answerHref(slot);
            const respondent = slot.partnerName ?? t("department");
            return (
              <tr key={`${slot.missionId}:${slot.checkpoint}:${slot.respondent}`}>
                {showMission ? (
                  <td className={cell}>
                    <Link href={`/missions/${slot.missionId}#mission-follow-ups`} className="text-brand-700 underline">
                      {slot.missionTitle}
                    </Link>
                  </td>
                ) : null}
                <th scope="row" className={`${cell} text-left font-medium whitespace-nowrap`}>
                  {t(`checkpoints.${slot.checkpoint}`)}
                  <span className="block text-xs font-normal text-slate-600">
                    {t("dueOn", { day: day(slot.dueDay) })}
                  </span>
                </th>
                <td className={cell}>{respondent}</td>
                <td className={cell}>
                  <span
                    className={`inline-block rounded border px-2 py-0.5 text-xs whitespace-nowrap ${stateTone[slot.state]}`}
                  >
                    {t(`states.${slot.state}`)}
                  </span>
                  {slot.answer ? (
                    <span className="mt-1 block">
                      {t("summary", {
                        verdict: t(`verdicts.${slot.answer.verdict}`),
                        projects: slot.answer.projectsLanded,
                        jobs: slot.answer.jobsAnnounced,
                        agreements: slot.answer.agreementsSigned,
                      })}
                      {slot.answer.notes ? <span className="block text-slate-700">{slot.answer.notes}</span> : null}
                      <span className="block text-xs text-slate-600">
                        {t("answeredBy", {
                          name: slot.answer.answeredByName || "—",
                          day: format.dateTime(slot.answer.updatedAt, { dateStyle: "medium" }),
                        })}
                      </span>
                    </span>
                  ) : null}
                </td>
                <td className={cell}>
                  {href ? (
                    <Link
                      href={href}
                      className="text-brand-700 underline"
                      aria-label={t(slot.answer ? "changeOne" : "answerOne", {
                        checkpoint: t(`checkpoints.${slot.checkpoint}`),
                        respondent,
                      })}
                    >
                      {t(slot.answer ? "change" : "answer")}
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
