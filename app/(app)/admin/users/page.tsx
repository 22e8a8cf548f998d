import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { keepWithinPages } from "@/components/records/record-page";
import { UserTable } from "@/components/users/user-table";
import { requireCapability } from "@/lib/auth";
import { parseListParams } from "@/lib/list-params";
import { userListSchema } from "@/lib/users/list-params";
import { listUsers } from "@/lib/users/queries";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const admin = await requireCapability("users.manage");
  const params = parseListParams(userListSchema, await searchParams);
  const [t, { rows, total }] = await Promise.all([getTranslations("users"), listUsers(admin, params)]);
  keepWithinPages("/admin/users", params, total);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={t("title")} description={t("description")} />
        <Link
          href="/admin/users/new"
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t("new")}
        </Link>
      </div>
      <SpreadsheetActions path="/admin/users" params={params} />
      <UserTable rows={rows} total={total} params={params} />
    </>
  );
}
