import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { UserTable } from "@/components/users/user-table";
import { requireCapability } from "@/lib/auth";
import { buildListQuery, pageCount, parseListParams } from "@/lib/list-params";
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
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`/admin/users${buildListQuery(params, { page: lastPage })}`);
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
