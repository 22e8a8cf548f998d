// Export columns of the lists that are not imported: agreements, partners, destinations, and the
// administration's sectors, objectives and priority periods. Each writes the list's own rows
// (names, never ids). No server imports.
import type { AgreementRow } from "@/lib/agreements/queries";
import { countryName } from "@/lib/records/countries";
import type { PartnerSummary } from "@/lib/partners/queries";
import type { CodeListRow } from "@/lib/reference/code-lists/queries";
import type { DestinationRow } from "@/lib/reference/destinations/queries";
import type { PeriodRow } from "@/lib/reference/periods/queries";
import { choiceLabel } from "../choices";
import type { ColumnDef, WriteContext } from "../columns";
import { dayOf } from "@/lib/time";

const yesNo = (value: boolean, { t }: WriteContext) => t.t(value ? "records.yes" : "records.no");

export const agreementColumns: ColumnDef<AgreementRow>[] = [
  { key: "title", kind: "text", write: (r) => r.title },
  {
    key: "kind",
    kind: "choice",
    choices: "agreementKind",
    write: (r, { t }) => choiceLabel(t, "agreementKind", r.kind),
  },
  { key: "counterpart", kind: "text", write: (r) => r.counterpart },
  { key: "destination", kind: "destination", write: (r) => r.destination },
  { key: "startDate", kind: "day", write: (r) => ({ day: dayOf(r.startDate) }) },
  { key: "endDate", kind: "day", write: (r) => (r.endDate ? { day: dayOf(r.endDate) } : null) },
  { key: "isExclusive", kind: "text", write: (r, context) => yesNo(r.isExclusive, context) },
];

export const partnerColumns: ColumnDef<PartnerSummary>[] = [
  { key: "name", kind: "text", write: (r) => r.name },
  { key: "shortName", kind: "text", write: (r) => r.shortName },
  { key: "kind", kind: "choice", choices: "partnerKind", write: (r, { t }) => choiceLabel(t, "partnerKind", r.kind) },
  { key: "isActive", kind: "text", write: (r, context) => yesNo(r.isActive, context) },
];

export const destinationColumns: ColumnDef<DestinationRow>[] = [
  { key: "city", kind: "text", write: (r) => r.city },
  { key: "countryCode", kind: "text", write: (r) => r.countryCode },
  { key: "country", kind: "country", write: (r, { locale }) => countryName(r.countryCode, locale) },
  { key: "latitude", kind: "text", write: (r) => r.latitude },
  { key: "longitude", kind: "text", write: (r) => r.longitude },
  { key: "priorityPeriods", kind: "text", write: (r) => r.priorityPeriods.join("; ") },
];

export const codeListColumns: ColumnDef<CodeListRow>[] = [
  { key: "code", kind: "text", write: (r) => r.code },
  { key: "nameFr", kind: "text", write: (r) => r.nameFr },
  { key: "nameEn", kind: "text", write: (r) => r.nameEn },
];

export const periodColumns: ColumnDef<PeriodRow>[] = [
  { key: "label", kind: "text", write: (r) => r.label },
  { key: "startYear", kind: "wholeNumber", write: (r) => r.startYear },
  { key: "endYear", kind: "wholeNumber", write: (r) => r.endYear },
  { key: "destinationCount", kind: "wholeNumber", write: (r) => r.destinationCount },
];
