import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PartsFooter, RemovePart } from "./mission-parts";
import { setTravellerArchivedAction } from "@/lib/missions/travellers/actions";
import { authorityOf, authorityProblems, type OrderRule } from "@/lib/missions/travellers/authority";
import type { Traveller } from "@/lib/missions/travellers/queries";
import { dateOfDay } from "@/lib/time";

/**
 * Who travels for the Métropole and its partners, and whether each may leave (decision 016): a
 * staff member's mission order, an elected official's mandat spécial, a partner's representative
 * under their organisation's rules. What is missing is said per traveller.
 */
export async function MissionTravellers({
  missionId,
  travellers,
  trip,
  canEdit,
}: {
  missionId: string;
  travellers: Traveller[];
  /** The mission's first and last days ("YYYY-MM-DD"). */
  trip: { startDay: string; endDay: string; orderRule: OrderRule };
  canEdit: boolean;
}) {
  const [t, tRecords, format] = await Promise.all([
    getTranslations("missions.travellers"),
    getTranslations("records"),
    getFormatter(),
  ]);
  const day = (value: string | null) =>
    value ? format.dateTime(dateOfDay(value), { dateStyle: "medium", timeZone: "UTC" }) : "";
  const authority = (traveller: Traveller) => {
    if (traveller.kind === "STAFF" && traveller.orderNumber)
      return t("order", {
        number: traveller.orderNumber,
        signatory: traveller.orderSignatory || "—",
        signedOn: day(traveller.orderSignedOn) || "—",
        validUntil: day(traveller.orderValidUntil) || "—",
      });
    if (traveller.kind === "ELECTED" && traveller.deliberationNumber)
      return t("deliberation", { number: traveller.deliberationNumber, date: day(traveller.deliberationDate) || "—" });
    return traveller.kind === "PARTNER" ? t("ownRules") : null;
  };
  const current = travellers.filter((traveller) => traveller.archivedAt === null);
  const removed = travellers.filter((traveller) => traveller.archivedAt !== null);
  return (
    <div className="flex flex-col gap-4">
      {current.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100">
          {current.map((traveller) => {
            const problems = authorityProblems(authorityOf(traveller), trip.startDay, trip.endDay, trip.orderRule);
            return (
              <li key={traveller.id} className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">
                    {traveller.name}{" "}
                    <span className="font-normal text-slate-600">
                      · {t(`kinds.${traveller.kind}` as never)}
                      {traveller.role ? ` · ${traveller.role}` : ""}
                    </span>
                  </p>
                  {authority(traveller) ? <p className="mt-1 text-slate-700">{authority(traveller)}</p> : null}
                  {problems.length > 0 ? (
                    <p className="mt-1 font-medium text-red-800">
                      {t("missing", {
                        what: problems
                          .map((problem) => t(`problems.${problem}`, { months: trip.orderRule.maxValidityMonths ?? 0 }))
                          .join(" ; "),
                      })}
                    </p>
                  ) : traveller.kind === "PARTNER" ? null : (
                    <p className="mt-1 text-green-800">{t("inOrder")}</p>
                  )}
                </div>
                {canEdit ? (
                  <div className="flex flex-wrap items-center gap-3">
                    <Link
                      href={`/missions/${missionId}/travellers/${traveller.id}/edit`}
                      className="text-brand-700 underline"
                      aria-label={t("editOne", { name: traveller.name })}
                    >
                      {tRecords("edit")}
                    </Link>
                    <RemovePart
                      namespace="missions.travellers"
                      action={setTravellerArchivedAction}
                      part={{ id: traveller.id, version: traveller.version, name: traveller.name }}
                      isRemoved={false}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit ? (
        <PartsFooter
          namespace="missions.travellers"
          addHref={`/missions/${missionId}/travellers/new`}
          action={setTravellerArchivedAction}
          removed={removed.map(({ id, version, name }) => ({ id, version, name, label: name }))}
        />
      ) : null}
    </div>
  );
}
