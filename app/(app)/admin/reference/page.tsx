import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { LinkCards } from "@/components/ui/link-cards";
import { requireCapability } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.admin"))("title") };
}

/** ADMIN's reference data: the lists every record form offers. Linked from /admin. */
export default async function ReferenceDataPage() {
  await requireCapability("administration.open");
  const t = await getTranslations("reference.admin");
  const links = [
    { href: "/admin/reference/sectors", title: t("sectorsLink"), body: t("sectorsBody") },
    { href: "/admin/reference/objectives", title: t("objectivesLink"), body: t("objectivesBody") },
    { href: "/admin/reference/periods", title: t("periodsLink"), body: t("periodsBody") },
    { href: "/admin/reference/allowance-rates", title: t("allowanceRatesLink"), body: t("allowanceRatesBody") },
    { href: "/admin/reference/mission-orders", title: t("missionOrdersLink"), body: t("missionOrdersBody") },
  ];
  return (
    <SubPage back={{ href: "/admin", label: t("backToAdmin") }} title={t("title")} description={t("description")}>
      <LinkCards links={links} />
      <p className="mt-6 max-w-prose text-sm text-slate-600">{t("othersBody")}</p>
    </SubPage>
  );
}
