import { getFormatter, getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/i18n/app-locale";
import type { YearMissionCosts } from "@/lib/dashboard/mission-costs";
import { breakdownTopRows, foldTopRows } from "@/lib/dashboard/top-rows";
import { BreakdownTable } from "./breakdown-table";

const amountColumns = ["missions", "plannedCents", "actualCents"] as const;

/**
 * The year's mission costs, planned and actual (decision 019): in total, by payer and by
 * destination. Each row opens the missions it adds up, as the key figures open their records.
 */
export async function MissionCostTotals({ year, costs }: { year: number; costs: YearMissionCosts }) {
  const [t, tDashboard, format, locale] = await Promise.all([
    getTranslations("dashboard.costs"),
    getTranslations("dashboard"),
    getFormatter(),
    getAppLocale(),
  ]);
  // Every row, the rest of the destinations too, as CSV.
  const download = (table: string, caption: string) => ({
    href: `/dashboard/export?year=${year}&table=${table}`,
    label: tDashboard("downloadCsv", { table: caption }),
  });
  const euros = (cents: number) =>
    format.number(cents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const values = (row: { missions: number; plannedCents: number; actualCents: number }) => [
    row.missions,
    euros(row.plannedCents),
    euros(row.actualCents),
  ];
  const missionsOf = (filters: Record<string, string>) =>
    `/missions?${new URLSearchParams({ year: String(year), ...filters })}`;
  const columns = (first: string) => [first, t("missions"), t("planned"), t("actual")];
  const countryName = new Intl.DisplayNames([locale], { type: "region" });
  const destinations = foldTopRows(costs.byDestination, breakdownTopRows, amountColumns);
  if (costs.total.missions === 0) return <p className="text-sm text-slate-700">{t("none", { year })}</p>;
  return (
    <div className="flex flex-col gap-3">
      <p className="max-w-prose text-sm text-slate-700">{t("definition")}</p>
      <div className="grid gap-6 xl:grid-cols-2">
        <BreakdownTable
          caption={t("byPayer")}
          download={download("costsByPayer", t("byPayer"))}
          columns={columns(t("payer"))}
          emptyText={t("none", { year })}
          rows={[
            ...costs.byPayer.map((row) => ({
              key: row.partnerId ?? "metropole",
              label: row.name ?? t("metropole"),
              values: values(row),
              href: missionsOf({ paidBy: row.partnerId ?? "metropole" }),
            })),
          ]}
          others={{ label: t("total"), values: values(costs.total) }}
        />
        <BreakdownTable
          caption={t("byDestination")}
          download={download("costsByDestination", t("byDestination"))}
          columns={columns(t("destination"))}
          emptyText={t("none", { year })}
          rows={destinations.top.map((row) => ({
            key: row.destinationId,
            label: `${row.city} (${countryName.of(row.countryCode) ?? row.countryCode})`,
            values: values(row),
            href: missionsOf({ paidBy: "any", destination: row.destinationId }),
          }))}
          others={
            destinations.others && {
              label: t("otherDestinations", { count: destinations.others.count }),
              values: values(destinations.others.totals),
            }
          }
          note={t("destinationNote")}
        />
      </div>
      <a href={missionsOf({ paidBy: "any" })} className="text-sm font-medium text-brand-700 underline">
        {t("seeMissions", { count: costs.total.missions })}
      </a>
    </div>
  );
}
