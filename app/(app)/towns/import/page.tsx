import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireRole } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("towns");

/** Import towns from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function TownsImportPage() {
  await requireRole("ADMIN", "STAFF");
  return <ImportPage area={{ path: "/towns", group: "towns" }} />;
}
