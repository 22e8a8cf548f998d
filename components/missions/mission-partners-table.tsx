import { useFormatter, useTranslations } from "next-intl";
import type { MissionDetail } from "@/lib/missions/queries";
import { SectionCard } from "./section-card";

/** The partners, their role and contribution, and the pooled total (summed by the database). */
export function MissionPartnersTable({ mission }: { mission: MissionDetail }) {
  const t = useTranslations("missions");
  const tRoles = useTranslations("missions.partnerRoles");
  const format = useFormatter();
  const euros = (cents: number) => format.number(cents / 100, { style: "currency", currency: "EUR" });
  return (
    <SectionCard id="mission-partners" title={t("sections.partners")}>
      {mission.partners.length === 0 ? (
        <p className="text-sm text-slate-600">{t("detail.noPartners")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t("sections.partners")}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("detail.partner")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("detail.role")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("detail.contribution")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {mission.partners.map((partner) => (
                <tr key={partner.partnerId}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {partner.name} <span className="font-normal text-slate-600">({partner.shortName})</span>
                    {partner.seeks ? (
                      <span className="block font-normal text-slate-600">
                        {t("detail.seeks", { seeks: partner.seeks })}
                      </span>
                    ) : null}
                  </th>
                  <td className="px-3 py-2">{tRoles(partner.role)}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-right">{euros(partner.contributionCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300">
              <tr>
                <th scope="row" colSpan={2} className="px-3 py-2 text-left">
                  {t("detail.pooledTotal")}
                </th>
                <td className="whitespace-nowrap px-3 py-2 text-right font-semibold" data-testid="pooled-total">
                  {euros(mission.partnerTotalCents)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </SectionCard>
  );
}
