import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireCapability } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("missionTravellers");

/** Import mission travellers from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function MissionTravellersImportPage() {
  await requireCapability("records.edit");
  return <ImportPage area={{ path: "/missions/travellers", group: "missionTravellers", listPath: "/missions" }} />;
}
