import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { JointActionDetail } from "@/lib/joint-actions/queries";

/** A joint action's fields; links lead to the records a reader may open. */
export async function JointActionDetails({ action }: { action: JointActionDetail }) {
  const [t, tRecords, format] = await Promise.all([
    getTranslations("jointActions"),
    getTranslations("records"),
    getFormatter(),
  ]);
  const linked = (entry: { id: string; label: string } | null, href?: string) =>
    entry ? (
      href ? (
        <Link href={`${href}/${entry.id}`} className="text-brand-700 underline">
          {entry.label}
        </Link>
      ) : (
        entry.label
      )
    ) : (
      tRecords("none")
    );
  const items: [string, React.ReactNode][] = [
    [t("fields.partnerId"), `${action.partnerName} (${action.partnerShortName})`],
    [t("fields.date"), format.dateTime(action.date, { dateStyle: "long" })],
    [t("fields.kind"), t(`kinds.${action.kind}`)],
    [t("fields.destinationId"), linked(action.destination)],
    [t("fields.objectiveId"), linked(action.objective)],
    [t("fields.missionId"), linked(action.mission, "/missions")],
    [t("fields.delegationId"), linked(action.delegation, "/delegations")],
    [t("fields.eventId"), linked(action.event, "/events")],
    [t("fields.contactsCount"), format.number(action.contactsCount)],
    [t("fields.investorLeadsCount"), format.number(action.investorLeadsCount)],
    [t("fields.description"), action.description || tRecords("none")],
    [t("fields.outcome"), action.outcome || tRecords("none")],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr] sm:p-6">
      {items.map(([label, content]) => (
        <div key={label} className="contents">
          <dt className="text-sm font-medium text-slate-600">{label}</dt>
          <dd className="whitespace-pre-line">{content}</dd>
        </div>
      ))}
    </dl>
  );
}
