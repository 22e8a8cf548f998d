import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
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
    <SubPage back={{ href: "/admin/users", label: t("back") }} title={t("createTitle")}>
      <CreateUserForm partners={partners} />
    </SubPage>
  );
}
