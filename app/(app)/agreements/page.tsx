import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { ExpiringAgreements } from "@/components/agreements/expiring-agreements";
import { areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability } from "@/components/app-shell/areas";
import { ActionLink, RecordHeader } from "@/components/reference/record-parts";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { agreementListSchema } from "@/lib/agreements/list-params";
import { listAgreementYears, listAgreements, listExpiringAgreements } from "@/lib/agreements/queries";
import { requireCapability } from "@/lib/auth";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams } from "@/lib/list-params";
import { findDestinationOption } from "@/lib/reference/option-search";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";
import { can } from "@/lib/policy";

export const generateMetadata = () => areaMetadata("agreements");

export default async function AgreementsPage({ searchParams }: PageProps<"/agreements">) {
  const user = await requireCapability(areaCapability.agreements);
  const params = parseListParams(agreementListSchema, await searchParams);
  const [t, tAgreements, { rows, total }, expiring, destination, years] = await Promise.all([
    getTranslations("areas.agreements"),
    getTranslations("agreements"),
    listAgreements(user, params),
    listExpiringAgreements(user),
    findDestinationOption(params.destinationId),
    listAgreementYears(user),
  ]);
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/agreements${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <RecordHeader
        actions={can(user, "records.edit") ? <ActionLink href="/agreements/new" label={tAgreements("new")} /> : null}
      >
        <PageHeader title={t("title")} description={t("description")} />
      </RecordHeader>
      <SpreadsheetActions path="/agreements" params={params} />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <>
          <ExpiringAgreements rows={expiring.rows} total={expiring.total} />
          <AgreementTable rows={rows} total={total} params={params} destination={destination} years={years} />
        </>
      )}
    </>
  );
}
