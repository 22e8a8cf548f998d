import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  await requireRole("ADMIN");
  const t = await getTranslations("admin");
  const links = [
    { href: "/admin/users", title: t("usersLink"), body: t("usersBody") },
    { href: "/admin/audit", title: t("auditLink"), body: t("auditBody") },
    { href: "/admin/reference", title: t("referenceLink"), body: t("referenceBody") },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
              <span className="font-medium text-brand-900">{link.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{link.body}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
