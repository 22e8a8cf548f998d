import { getTranslations } from "next-intl/server";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { TownTable } from "@/components/towns/town-table";
import { requireCapability } from "@/lib/auth";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
import { can } from "@/lib/policy";
import { townListSchema } from "@/lib/towns/list-params";
import { listTownYears, listTowns } from "@/lib/towns/queries";

export const generateMetadata = () => areaMetadata("towns");

export default async function TownsPage({ searchParams }: PageProps<"/towns">) {
  const user = await requireCapability(areaCapability.towns);
  const params = parseListParams(townListSchema, await searchParams);
  const [t, { rows, total }, years] = await Promise.all([
    getTranslations("towns"),
    listTowns(user, params),
    listTownYears(user),
  ]);
  keepWithinPages("/towns", params, total);
  const canEdit = can(user, "records.edit");
  return (
    <ListPage
      words="areas.towns"
      create={canEdit ? { href: "/towns/new", label: t("new") } : null}
      tools={<SpreadsheetActions path="/towns" params={params} importHref={canEdit ? "/towns/import" : null} />}
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      <TownTable rows={rows} total={total} params={params} years={years} />
    </ListPage>
  );
}
