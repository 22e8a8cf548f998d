import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PartsFooter, RemovePart } from "./mission-parts";
import { setCostArchivedAction } from "@/lib/missions/costs/actions";
import type { Cost } from "@/lib/missions/costs/queries";

/**
 * A mission's costs, planned and actual, line by line with who pays, then the totals and the
 * totals by payer (decision 017). Amounts are cents added up exactly; euros only when shown.
 */
export async function MissionCosts({
  missionId,
  costs,
  partners,
  canEdit,
}: {
  missionId: string;
  costs: Cost[];
  /** The mission's partners, by id: who may pay. */
  partners: Map<string, string>;
  canEdit: boolean;
}) {
  const [t, tRecords, format] = await Promise.all([
    getTranslations("missions.costs"),
    getTranslations("records"),
    getFormatter(),
  ]);
  const euros = (cents: number | null) =>
    cents === null ? "—" : format.number(cents / 100, { style: "currency", currency: "EUR" });
  const payerOf = (cost: Cost) => (cost.payerPartnerId ? (partners.get(cost.payerPartnerId) ?? "—") : t("metropole"));
  const nameOf = (cost: Cost) => cost.description || t(`categories.${cost.category}` as never);
  const current = costs.filter((cost) => cost.archivedAt === null);
  const removed = costs.filter((cost) => cost.archivedAt !== null);
  const sum = (lines: Cost[], key: "plannedCents" | "actualCents") =>
    lines.reduce((total, cost) => total + (cost[key] ?? 0), 0);
  const payers = [...new Set(current.map(payerOf))].sort((a, b) => a.localeCompare(b));
  const cell = "px-3 py-2";
  const amount = `${cell} text-right tabular-nums whitespace-nowrap`;
  return (
    <div className="flex flex-col gap-4">
      {current.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className={cell}>
                  {t("columns.category")}
                </th>
                <th scope="col" className={cell}>
                  {t("columns.description")}
                </th>
                <th scope="col" className={cell}>
                  {t("columns.payer")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("columns.planned")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("columns.actual")}
                </th>
                {canEdit ? (
                  <th scope="col" className={cell}>
                    <span className="sr-only">{t("columns.actions")}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {current.map((cost) => (
                <tr key={cost.id}>
                  <th scope="row" className={`${cell} text-left font-medium`}>
                    {t(`categories.${cost.category}` as never)}
                  </th>
                  <td className={cell}>{cost.description}</td>
                  <td className={cell}>{payerOf(cost)}</td>
                  <td className={amount}>{euros(cost.plannedCents)}</td>
                  <td className={amount}>{euros(cost.actualCents)}</td>
                  {canEdit ? (
                    <td className={cell}>
                      <div className="flex flex-wrap items-center gap-3">
                        <Link
                          href={`/missions/${missionId}/costs/${cost.id}/edit`}
                          className="text-brand-700 underline"
                          aria-label={t("editOne", { name: nameOf(cost) })}
                        >
                          {tRecords("edit")}
                        </Link>
                        <RemovePart
                          namespace="missions.costs"
                          action={setCostArchivedAction}
                          part={{ id: cost.id, version: cost.version, name: nameOf(cost) }}
                          isRemoved={false}
                        />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 font-medium">
              <tr>
                <th scope="row" colSpan={3} className={`${cell} text-left`}>
                  {t("total")}
                </th>
                <td className={amount} data-testid="costs-planned-total">
                  {euros(sum(current, "plannedCents"))}
                </td>
                <td className={amount} data-testid="costs-actual-total">
                  {euros(sum(current, "actualCents"))}
                </td>
                {canEdit ? <td /> : null}
              </tr>
              {payers.length > 1
                ? payers.map((payer) => {
                    const lines = current.filter((cost) => payerOf(cost) === payer);
                    return (
                      <tr key={payer} className="font-normal text-slate-700">
                        <th scope="row" colSpan={3} className={`${cell} text-left font-normal`}>
                          {t("byPayer", { payer })}
                        </th>
                        <td className={amount}>{euros(sum(lines, "plannedCents"))}</td>
                        <td className={amount}>{euros(sum(lines, "actualCents"))}</td>
                        {canEdit ? <td /> : null}
                      </tr>
                    );
                  })
                : null}
            </tfoot>
          </table>
        </div>
      )}
      <p className="text-sm">
        <Link href={`/missions/${missionId}/allowances`} className="text-brand-700 underline">
          {t("allowancesLink")}
        </Link>
      </p>
      {canEdit ? (
        <PartsFooter
          namespace="missions.costs"
          addHref={`/missions/${missionId}/costs/new`}
          action={setCostArchivedAction}
          removed={removed.map((cost) => ({
            id: cost.id,
            version: cost.version,
            name: nameOf(cost),
            label: `${nameOf(cost)} · ${euros(cost.plannedCents)}`,
          }))}
        />
      ) : null}
    </div>
  );
}
