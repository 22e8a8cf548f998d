import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireCapability } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("events");

/** Import events from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function EventsImportPage() {
  await requireCapability("records.edit");
  return <ImportPage area={{ path: "/events", group: "events" }} />;
}
