import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireRole } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("jointActions");

/** Import joint-actions from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function JointActionsImportPage() {
  await requireRole("ADMIN", "STAFF");
  return <ImportPage area={{ path: "/joint-actions", group: "jointActions" }} />;
}
