import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/ui/page-header";
import { keepWithinPages } from "@/components/records/record-page";
import { listAuditEntries } from "@/lib/audit-log/queries";
import { requireCapability } from "@/lib/auth";
import { parseListParams } from "@/lib/list-params";
import { auditListSchema } from "@/lib/users/list-params";
import { listUserOptions } from "@/lib/users/queries";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/audit">) {
  const admin = await requireCapability("audit.read");
  const params = parseListParams(auditListSchema, await searchParams);
  const [t, { rows, total }, users] = await Promise.all([
    getTranslations("audit"),
    listAuditEntries(admin, params),
    listUserOptions(admin),
  ]);
  keepWithinPages("/admin/audit", params, total);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SpreadsheetActions path="/admin/audit" params={params} />
      <AuditTable rows={rows} total={total} params={params} users={users} />
    </>
  );
}
