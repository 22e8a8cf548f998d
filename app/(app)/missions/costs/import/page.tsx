import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireCapability } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("missionCosts");

/** Import mission cost lines from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function MissionCostsImportPage() {
  await requireCapability("records.edit");
  return <ImportPage area={{ path: "/missions/costs", group: "missionCosts", listPath: "/missions" }} />;
}
