import { getTranslations } from "next-intl/server";
import { LinkCards } from "@/components/ui/link-cards";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  await requireCapability("administration.open");
  const t = await getTranslations("admin");
  const links = [
    { href: "/admin/users", title: t("usersLink"), body: t("usersBody") },
    { href: "/admin/audit", title: t("auditLink"), body: t("auditBody") },
    { href: "/admin/reference", title: t("referenceLink"), body: t("referenceBody") },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <LinkCards links={links} />
    </>
  );
}
