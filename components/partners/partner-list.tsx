import { getTranslations } from "next-intl/server";
import type { PartnerSummary } from "@/lib/partners/queries";

export async function PartnerList({ partners }: { partners: PartnerSummary[] }) {
  const t = await getTranslations("partners");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">{t("name")}</th>
            <th scope="col" className="px-4 py-3 font-medium">{t("shortName")}</th>
            <th scope="col" className="px-4 py-3 font-medium">{t("kind")}</th>
            <th scope="col" className="px-4 py-3 font-medium">{t("status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {partners.map((partner) => (
            <tr key={partner.id}>
              <td className="px-4 py-3 font-medium text-slate-900">{partner.name}</td>
              <td className="px-4 py-3">{partner.shortName}</td>
              <td className="px-4 py-3">{t(`kinds.${partner.kind}`)}</td>
              <td className="px-4 py-3">{partner.isActive ? t("active") : t("inactive")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
