import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireCapability } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("towns");

/** Import towns from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function TownsImportPage() {
  await requireCapability("records.edit");
  return <ImportPage area={{ path: "/towns", group: "towns" }} />;
}
