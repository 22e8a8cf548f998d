import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireRole } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("missions");

/** Import missions from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function MissionsImportPage() {
  await requireRole("ADMIN", "STAFF");
  return <ImportPage area={{ path: "/missions", group: "missions" }} />;
}
