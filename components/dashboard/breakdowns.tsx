import { getFormatter, getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { getShownBreakdowns } from "@/lib/dashboard/year-figures";
import { breakdownTopRows, foldTopRows } from "@/lib/dashboard/top-rows";
import { BreakdownTable } from "./breakdown-table";

const partnerColumns = [
  "missions",
  "delegations",
  "events",
  "contributionCents",
  "jointActions",
  "contacts",
  "investorLeads",
] as const;

/**
 * The year's breakdowns by sector, partner, country and objective. Partners and countries can be
 * hundreds: their tables show the leading ones and sum the rest, and the CSV has every row.
 * Sectors and objectives are short code lists, shown whole.
 */
export async function Breakdowns({ year, isClosed }: { year: number; isClosed: boolean }) {
  const [t, format, locale, shown] = await Promise.all([
    getTranslations("dashboard"),
    getFormatter(),
    getAppLocale(),
    getShownBreakdowns(year, { withDestinations: false }),
  ]);
  const { sectors, partners, countries, objectives } = shown.breakdowns;
  const name = (row: { nameFr: string; nameEn: string }) => (locale === "fr" ? row.nameFr : row.nameEn);
  const countryName = new Intl.DisplayNames([locale], { type: "region" });
  const href = (table: string) => `/dashboard/export?year=${year}&table=${table}`;
  const download = (table: string, caption: string) => ({
    href: href(table),
    label: t("downloadCsv", { table: caption }),
  });
  const note = (table: string, shown: number, total: number) =>
    t.rich("topRowsNote", {
      shown,
      total,
      csv: (chunks) => (
        <a href={href(table)} download className="font-medium text-brand-700 underline">
          {chunks}
        </a>
      ),
    });
  const columns = [
    t("figures.missionsCarriedOut.short"),
    t("figures.delegationsWelcomed.short"),
    t("figures.internationalEventsOrganised.short"),
  ];
  const euros = (cents: number) =>
    format.number(cents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const partnerValues = (row: Record<(typeof partnerColumns)[number], number>) => [
    row.missions,
    row.delegations,
    row.events,
    euros(row.contributionCents),
    row.jointActions,
    row.contacts,
    row.investorLeads,
  ];
  const topPartners = foldTopRows(partners, breakdownTopRows, partnerColumns);
  const topCountries = foldTopRows(countries, breakdownTopRows, ["missions", "delegations"]);
  return (
    <div className="flex flex-col gap-3">
      {isClosed ? (
        <p className="text-sm text-slate-700">
          {shown.isPublished ? t("closure.publishedBreakdowns") : t("closure.liveBreakdowns")}
        </p>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-2">
        {/* Eight columns: the whole width, so none is cut at a laptop's 1280 px. */}
        <div className="xl:col-span-2">
          <BreakdownTable
            caption={t("byPartner")}
            download={download("partners", t("byPartner"))}
            emptyText={t("noData")}
            columns={[
              t("partner"),
              ...columns,
              t("contributions"),
              t("jointActions"),
              t("contacts"),
              t("investorLeads"),
            ]}
            rows={topPartners.top.map((row) => ({ key: row.id, label: row.name, values: partnerValues(row) }))}
            others={
              topPartners.others && {
                label: t("otherPartners", { count: topPartners.others.count }),
                values: partnerValues(topPartners.others.totals),
              }
            }
            note={topPartners.others && note("partners", topPartners.top.length, partners.length)}
          />
        </div>
        <BreakdownTable
          caption={t("bySector")}
          download={download("sectors", t("bySector"))}
          columns={[t("sector"), ...columns]}
          emptyText={t("noData")}
          rows={sectors.map((row) => ({
            key: row.id,
            label: name(row),
            values: [row.missions, row.delegations, row.events],
          }))}
        />
        <BreakdownTable
          caption={t("byObjective")}
          download={download("objectives", t("byObjective"))}
          columns={[t("objective"), columns[0] ?? "", columns[2] ?? ""]}
          emptyText={t("noData")}
          rows={objectives.map((row) => ({ key: row.id, label: name(row), values: [row.missions, row.events] }))}
        />
        <BreakdownTable
          caption={t("byCountry")}
          download={download("countries", t("byCountry"))}
          columns={[t("country"), columns[0] ?? "", columns[1] ?? ""]}
          emptyText={t("noData")}
          rows={topCountries.top.map((row) => ({
            key: row.countryCode,
            label: countryName.of(row.countryCode) ?? row.countryCode,
            values: [row.missions, row.delegations],
          }))}
          others={
            topCountries.others && {
              label: t("otherCountries", { count: topCountries.others.count }),
              values: [topCountries.others.totals.missions, topCountries.others.totals.delegations],
            }
          }
          note={topCountries.others && note("countries", topCountries.top.length, countries.length)}
        />
      </div>
    </div>
  );
}
