import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { PartnerTable } from "@/components/partners/partner-table";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { requireCapability } from "@/lib/auth";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
import { partnerListSchema } from "@/lib/partners/list-params";
import { listPartners } from "@/lib/partners/queries";
import { can } from "@/lib/policy";

export const generateMetadata = () => areaMetadata("partners");

export default async function PartnersPage({ searchParams }: PageProps<"/partners">) {
  const user = await requireCapability(areaCapability.partners);
  const params = parseListParams(partnerListSchema, await searchParams);
  const [t, { rows, total }] = await Promise.all([getTranslations("reference.partners"), listPartners(user, params)]);
  keepWithinPages("/partners", params, total);
  return (
    <ListPage
      words="areas.partners"
      create={can(user, "reference.edit") ? { href: "/partners/new", label: t("new") } : null}
      tools={<SpreadsheetActions path="/partners" params={params} />}
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      <PartnerTable rows={rows} total={total} params={params} />
    </ListPage>
  );
}
