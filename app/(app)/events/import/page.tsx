import { ImportPage, importPageMetadata } from "@/components/spreadsheets/import-page";
import { requireRole } from "@/lib/auth";

export const generateMetadata = () => importPageMetadata("events");

/** Import events from a CSV or Excel file (STAFF, ADMIN; the import checks the role again). */
export default async function EventsImportPage() {
  await requireRole("ADMIN", "STAFF");
  return <ImportPage area={{ path: "/events", group: "events" }} />;
}
