import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireCapability } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("jointActions");

/** Import joint-actions from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function JointActionsImportPage() {
  await requireCapability("records.edit");
  return <ImportPage area={{ path: "/joint-actions", group: "jointActions" }} />;
}
