import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/users/create-user-form";
import { requireCapability } from "@/lib/auth";
import { listPartnerOptions } from "@/lib/users/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("createTitle") };
}

export default async function NewUserPage() {
  const admin = await requireCapability("users.manage");
  const [partners, t] = await Promise.all([listPartnerOptions(admin), getTranslations("users")]);
  return (
    <>
      <Link href="/admin/users" className="mb-4 inline-block text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("createTitle")} />
      <CreateUserForm partners={partners} />
    </>
  );
}
