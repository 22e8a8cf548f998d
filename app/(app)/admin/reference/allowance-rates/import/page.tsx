import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireCapability } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("allowanceRates");

/** Import daily allowance rates from a CSV or Excel file (ADMIN; the import checks the role again). */
export default async function AllowanceRatesImportPage() {
  await requireCapability("codeLists.manage");
  return <ImportPage area={{ path: "/admin/reference/allowance-rates", group: "allowanceRates" }} />;
}
