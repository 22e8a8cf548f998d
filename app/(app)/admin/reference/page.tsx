import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.admin"))("title") };
}

/** ADMIN's reference data: the lists every record form offers. Linked from /admin. */
export default async function ReferenceDataPage() {
  await requireRole("ADMIN");
  const t = await getTranslations("reference.admin");
  const links = [
    { href: "/admin/reference/sectors", title: t("sectorsLink"), body: t("sectorsBody") },
    { href: "/admin/reference/objectives", title: t("objectivesLink"), body: t("objectivesBody") },
    { href: "/admin/reference/periods", title: t("periodsLink"), body: t("periodsBody") },
  ];
  return (
    <>
      <BackLink href="/admin" label={t("backToAdmin")} />
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
              <span className="font-medium text-brand-900">{link.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{link.body}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6 max-w-prose text-sm text-slate-600">{t("othersBody")}</p>
    </>
  );
}
