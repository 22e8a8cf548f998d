import { useFormatter, useTranslations } from "next-intl";
import type { MissionDetail } from "@/lib/missions/queries";
import { SectionCard } from "./section-card";

export function MissionParticipants({ participants }: { participants: MissionDetail["participants"] }) {
  const t = useTranslations("missions");
  const tKinds = useTranslations("missions.participantKinds");
  return (
    <SectionCard id="mission-participants" title={t("sections.participants")}>
      {participants.length === 0 ? (
        <p className="text-sm text-slate-600">{t("detail.noParticipants")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100 text-sm">
          {participants.map((participant, index) => (
            <li key={index} className="flex flex-wrap gap-x-2 py-2">
              <span className="font-medium">{participant.name}</span>
              <span className="text-slate-600">
                {[tKinds(participant.kind), participant.organisation].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/** The programme, one heading per day, in each place's local time; then the practical notes. */
export function MissionAgenda({ agenda, practicalNotes }: { agenda: MissionDetail["agenda"]; practicalNotes: string }) {
  const t = useTranslations("missions");
  const format = useFormatter();
  // Lines come sorted by day and time; Map.groupBy needs Node 21.
  const days = new Map<number, MissionDetail["agenda"]>();
  for (const item of agenda) days.set(item.day.getTime(), [...(days.get(item.day.getTime()) ?? []), item]);
  return (
    <SectionCard id="mission-agenda" title={t("sections.agenda")}>
      {agenda.length === 0 ? (
        <p className="text-sm text-slate-600">{t("detail.noAgenda")}</p>
      ) : (
        [...days.entries()].map(([time, items]) => (
          <div key={time}>
            <h3 className="mb-1 text-sm font-medium text-slate-900">
              {format.dateTime(new Date(time), { dateStyle: "full" })}
            </h3>
            <ul className="flex flex-col gap-1 text-sm">
              {items.map((item, index) => (
                <li key={index} className="flex flex-wrap gap-x-3">
                  <span className="w-12 shrink-0 tabular-nums text-slate-600">{item.time || "—"}</span>
                  <span>
                    {item.title}
                    {item.location ? <span className="text-slate-600"> — {item.location}</span> : null}
                    {item.counterpart ? (
                      <span className="block text-slate-600">
                        {t("detail.meeting", { counterpart: item.counterpart })}
                      </span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {practicalNotes ? (
        <div>
          <h3 className="mb-1 text-sm font-medium text-slate-900">{t("fields.practicalNotes")}</h3>
          <p className="max-w-prose whitespace-pre-line text-sm">{practicalNotes}</p>
        </div>
      ) : null}
    </SectionCard>
  );
}
