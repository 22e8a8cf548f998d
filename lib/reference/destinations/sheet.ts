// The destinations list's export columns. No server imports.
import { countryName } from "@/lib/records/countries";
import type { DestinationRow } from "@/lib/reference/destinations/queries";
import type { ColumnDef } from "@/lib/spreadsheets/columns";

export const destinationColumns: ColumnDef<DestinationRow>[] = [
  { key: "city", kind: "text", write: (r) => r.city },
  { key: "countryCode", kind: "text", write: (r) => r.countryCode },
  { key: "country", kind: "country", write: (r, { locale }) => countryName(r.countryCode, locale) },
  { key: "latitude", kind: "text", write: (r) => r.latitude },
  { key: "longitude", kind: "text", write: (r) => r.longitude },
  { key: "timeZone", kind: "text", write: (r) => r.timeZone },
  { key: "priorityPeriods", kind: "text", write: (r) => r.priorityPeriods.join("; ") },
];
