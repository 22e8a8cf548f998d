import { useTranslations } from "next-intl";
import { declaredDetailRows, useDetailWords } from "@/components/records/declared-details";
import { DetailList } from "@/components/ui/detail-list";
import { partnerFields } from "@/lib/partners/fields";
import type { PartnerDetail } from "@/lib/partners/queries";

/** A partner's declared fields (lib/partners/fields.ts), its user accounts and its last change; its name is the page's title. */
export function PartnerDetails({ partner }: { partner: PartnerDetail }) {
  const t = useTranslations("partners");
  const tReference = useTranslations("reference.partners");
  const words = useDetailWords("partners");
  const rows = declaredDetailRows(partnerFields, partner, words, {
    name: null,
    isActive: [t("status"), partner.isActive ? t("active") : t("inactive")],
  });
  return (
    <DetailList
      rows={[
        ...rows,
        [tReference("users"), words.number(partner.userCount)],
        [tReference("updatedAt"), words.when(partner.updatedAt)],
      ]}
    />
  );
}
