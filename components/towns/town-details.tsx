import { useTranslations } from "next-intl";
import { declaredDetailRows, useDetailWords } from "@/components/records/declared-details";
import { DetailList } from "@/components/ui/detail-list";
import type { TownDetail } from "@/lib/towns/queries";
import { townFields } from "@/lib/towns/fields";

/** A town's declared fields (lib/towns/fields.ts) and its last change; its name is the page's title. */
export function TownDetails({ town }: { town: TownDetail }) {
  const t = useTranslations("towns");
  const words = useDetailWords("towns");
  const rows = declaredDetailRows(townFields, town, words, {
    name: null,
    // A town not connected yet says so, rather than "none".
    ...(town.connectedOn ? {} : { connectedOn: [t("fields.connectedOn"), t("notConnected")] }),
  });
  return <DetailList rows={[...rows, [t("updatedAt"), words.when(town.updatedAt)]]} />;
}
