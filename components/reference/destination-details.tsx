import { useTranslations } from "next-intl";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { declaredDetailRows, useDetailWords } from "@/components/records/declared-details";
import { DetailList } from "@/components/ui/detail-list";
import { destinationFields } from "@/lib/reference/destinations/fields";
import type { DestinationDetail } from "@/lib/reference/destinations/queries";
import { countryName } from "./country-name";

/** A destination's declared fields (lib/reference/destinations/fields.ts), its priority and its agreements; its city is the page's title. */
export function DestinationDetails({ destination }: { destination: DestinationDetail }) {
  const t = useTranslations("reference.destinations");
  const words = useDetailWords("reference.destinations");
  const locale = useAppLocale();
  const rows = declaredDetailRows(destinationFields, destination, words, {
    city: null,
    countryCode: [t("country"), `${countryName(destination.countryCode, locale)} (${destination.countryCode})`],
  });
  return (
    <DetailList
      rows={[
        ...rows,
        [
          t("priority"),
          destination.priorityPeriods.length > 0 ? destination.priorityPeriods.join(", ") : t("notPriority"),
        ],
        [t("agreements"), words.number(destination.agreementCount)],
        [t("updatedAt"), words.when(destination.updatedAt)],
      ]}
    />
  );
}
