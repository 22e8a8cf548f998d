import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PartnerList } from "@/components/partners/partner-list";
import { listPartners } from "@/lib/partners/queries";

export const generateMetadata = () => areaMetadata("partners");

export default async function PartnersPage() {
  const [t, partners] = await Promise.all([getTranslations("areas.partners"), listPartners()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {partners.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <PartnerList partners={partners} />
      )}
    </>
  );
}
