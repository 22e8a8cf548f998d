import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getCountryBreakdown, getObjectiveBreakdown, getPartnerBreakdown, getSectorBreakdown } from "@/lib/dashboard/breakdowns";
import { BreakdownTable } from "./breakdown-table";

/** The year's breakdowns by sector, partner, country and objective. */
export async function Breakdowns({ year }: { year: number }) {
  const [t, format, locale, sectors, partners, countries, objectives] = await Promise.all([
    getTranslations("dashboard"), getFormatter(), getLocale(),
    getSectorBreakdown(year), getPartnerBreakdown(year), getCountryBreakdown(year), getObjectiveBreakdown(year),
  ]);
  const name = (row: { nameFr: string; nameEn: string }) => (locale === "fr" ? row.nameFr : row.nameEn);
  const countryName = new Intl.DisplayNames([locale], { type: "region" });
  const download = (table: string, caption: string) => ({ href: `/dashboard/export?year=${year}&table=${table}`, label: t("downloadCsv", { table: caption }) });
  const columns = [t("figures.missionsCarriedOut.short"), t("figures.delegationsWelcomed.short"), t("figures.internationalEventsOrganised.short")];
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <BreakdownTable caption={t("bySector")} download={download("sectors", t("bySector"))} columns={[t("sector"), ...columns]} emptyText={t("noData")}
        rows={sectors.map((row) => ({ key: row.id, label: name(row), values: [row.missions, row.delegations, row.events] }))} />
      <BreakdownTable caption={t("byPartner")} download={download("partners", t("byPartner"))} emptyText={t("noData")}
        columns={[t("partner"), ...columns, t("contributions"), t("jointActions"), t("contacts"), t("investorLeads")]}
        rows={partners.map((row) => ({
          key: row.id,
          label: row.name,
          values: [row.missions, row.delegations, row.events, format.number(row.contributionCents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }), row.jointActions, row.contacts, row.investorLeads],
        }))} />
      <BreakdownTable caption={t("byCountry")} download={download("countries", t("byCountry"))} columns={[t("country"), columns[0] ?? "", columns[1] ?? ""]} emptyText={t("noData")}
        rows={countries.map((row) => ({ key: row.countryCode, label: countryName.of(row.countryCode) ?? row.countryCode, values: [row.missions, row.delegations] }))} />
      <BreakdownTable caption={t("byObjective")} download={download("objectives", t("byObjective"))} columns={[t("objective"), columns[0] ?? "", columns[2] ?? ""]} emptyText={t("noData")}
        rows={objectives.map((row) => ({ key: row.id, label: name(row), values: [row.missions, row.events] }))} />
    </div>
  );
}
