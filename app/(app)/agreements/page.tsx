import { getTranslations } from "next-intl/server";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { ExpiringAgreements } from "@/components/agreements/expiring-agreements";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { keepWithinPages, ListPage } from "@/components/records/record-page";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { agreementListSchema } from "@/lib/agreements/list-params";
import { listAgreementYears, listAgreements, listExpiringAgreements } from "@/lib/agreements/queries";
import { requireCapability } from "@/lib/auth";
import { hasActiveFilters, parseListParams } from "@/lib/list-params";
import { can } from "@/lib/policy";
import { findDestinationOption } from "@/lib/reference/option-search";

export const generateMetadata = () => areaMetadata("agreements");

export default async function AgreementsPage({ searchParams }: PageProps<"/agreements">) {
  const user = await requireCapability(areaCapability.agreements);
  const params = parseListParams(agreementListSchema, await searchParams);
  const [t, { rows, total }, expiring, destination, years] = await Promise.all([
    getTranslations("agreements"),
    listAgreements(user, params),
    listExpiringAgreements(user),
    findDestinationOption(params.destinationId),
    listAgreementYears(user),
  ]);
  keepWithinPages("/agreements", params, total);
  return (
    <ListPage
      words="areas.agreements"
      create={can(user, "records.edit") ? { href: "/agreements/new", label: t("new") } : null}
      tools={<SpreadsheetActions path="/agreements" params={params} />}
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      <ExpiringAgreements rows={expiring.rows} total={expiring.total} />
      <AgreementTable rows={rows} total={total} params={params} destination={destination} years={years} />
    </ListPage>
  );
}
