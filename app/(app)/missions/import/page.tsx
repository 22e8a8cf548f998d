import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireCapability } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("missions");

/** Import missions from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function MissionsImportPage() {
  await requireCapability("records.edit");
  return <ImportPage area={{ path: "/missions", group: "missions" }} />;
}
