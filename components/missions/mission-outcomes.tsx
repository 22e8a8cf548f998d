import { useFormatter, useTranslations } from "next-intl";
import type { MissionDetail } from "@/lib/missions/queries";
import { SectionCard } from "./section-card";

/**
 * The trip report (compte rendu): contacts, leads and letters of intent, what was done, what comes
 * next, and the agreements signed during it (read-only here).
 */
export function MissionOutcomes({ mission }: { mission: MissionDetail }) {
  const t = useTranslations("missions");
  const tKinds = useTranslations("missions.agreementKinds");
  const format = useFormatter();
  const count = (value: number | null) => (value === null ? t("detail.notSet") : format.number(value));
  return (
    <SectionCard id="mission-outcomes" title={t("sections.outcomes")}>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">{t("fields.contactsCount")}</dt>
        <dd>{count(mission.contactsCount)}</dd>
        <dt className="text-slate-600">{t("fields.leadsCount")}</dt>
        <dd>{count(mission.leadsCount)}</dd>
        <dt className="text-slate-600">{t("fields.lettersOfIntentCount")}</dt>
        <dd>{count(mission.lettersOfIntentCount)}</dd>
      </dl>
      {mission.outcomeNotes ? <p className="max-w-prose whitespace-pre-line text-sm">{mission.outcomeNotes}</p> : null}
      {mission.nextSteps ? (
        <div>
          <h3 className="mb-1 text-sm font-medium text-slate-900">{t("fields.nextSteps")}</h3>
          <p className="max-w-prose whitespace-pre-line text-sm">{mission.nextSteps}</p>
        </div>
      ) : null}
      <div>
        <h3 className="mb-1 text-sm font-medium text-slate-900">{t("sections.agreements")}</h3>
        {mission.agreements.length === 0 ? (
          <p className="text-sm text-slate-600">{t("detail.noAgreements")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {mission.agreements.map((agreement) => (
              <li key={agreement.id}>
                <span className="font-medium">{agreement.title}</span>{" "}
                <span className="text-slate-600">
                  ({tKinds(agreement.kind)}, {agreement.counterpart},{" "}
                  {format.dateTime(agreement.startDate, { dateStyle: "medium" })})
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </SectionCard>
  );
}
