import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireCapability } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("delegations");

/** Import delegations from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function DelegationsImportPage() {
  await requireCapability("records.edit");
  return <ImportPage area={{ path: "/delegations", group: "delegations" }} />;
}
