import { getTranslations } from "next-intl/server";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { AllowanceRateTable } from "@/components/reference/allowance-rate-table";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { requireCapability } from "@/lib/auth";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
import { allowanceRateListSchema } from "@/lib/reference/allowance-rates/list-params";
import { listAllowanceRates } from "@/lib/reference/allowance-rates/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.allowanceRates"))("title") };
}

export default async function AllowanceRatesPage({ searchParams }: PageProps<"/admin/reference/allowance-rates">) {
  const admin = await requireCapability("codeLists.manage");
  const params = parseListParams(allowanceRateListSchema, await searchParams);
  const [t, tAdmin, { rows, total }] = await Promise.all([
    getTranslations("reference.allowanceRates"),
    getTranslations("reference.admin"),
    listAllowanceRates(admin, params),
  ]);
  keepWithinPages("/admin/reference/allowance-rates", params, total);
  return (
    <ListPage
      words="reference.allowanceRates"
      back={{ href: "/admin/reference", label: tAdmin("back") }}
      create={{ href: "/admin/reference/allowance-rates/new", label: t("new") }}
      tools={
        <SpreadsheetActions
          path="/admin/reference/allowance-rates"
          params={params}
          importHref="/admin/reference/allowance-rates/import"
        />
      }
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      <AllowanceRateTable rows={rows} total={total} params={params} />
    </ListPage>
  );
}
