import { useFormatter, useTranslations } from "next-intl";
import type { MissionDetail } from "@/lib/missions/queries";
import { SectionCard } from "./section-card";

const labels = (items: { label: string }[]) => items.map((item) => item.label).join(", ");

/** Dates, places, sectors, objectives, budget and the mission's own objectives text. */
export function MissionOverview({ mission }: { mission: MissionDetail }) {
  const t = useTranslations("missions");
  const format = useFormatter();
  const notSet = t("detail.notSet");
  return (
    <SectionCard id="mission-overview" title={t("sections.general")}>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">{t("fields.dates")}</dt>
        {/* Calendar days are stored at UTC midnight, the same day in Paris. */}
        <dd>{format.dateTimeRange(mission.startDate, mission.endDate, { dateStyle: "long" })}</dd>
        <dt className="text-slate-600">{t("fields.destinations")}</dt>
        <dd>{labels(mission.destinations) || notSet}</dd>
        <dt className="text-slate-600">{t("fields.sectors")}</dt>
        <dd>{labels(mission.sectors) || notSet}</dd>
        <dt className="text-slate-600">{t("fields.objectives")}</dt>
        <dd>{labels(mission.objectives) || notSet}</dd>
        <dt className="text-slate-600">{t("fields.budgetCents")}</dt>
        <dd>
          {mission.budgetCents === null
            ? notSet
            : format.number(mission.budgetCents / 100, { style: "currency", currency: "EUR" })}
        </dd>
      </dl>
      {mission.summary ? (
        <div>
          <h3 className="mb-1 text-sm font-medium text-slate-900">{t("fields.summary")}</h3>
          <p className="max-w-prose whitespace-pre-line text-sm">{mission.summary}</p>
        </div>
      ) : null}
    </SectionCard>
  );
}
