import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { AccessForms, ChangeRoleForm } from "@/components/users/user-access-forms";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { getUser, listPartnerOptions } from "@/lib/users/queries";

const loadUser = recordLoader(getUser);

export const generateMetadata = recordMetadata(
  loadUser,
  (user) => user.name,
  async () => (await getTranslations("users"))("title"),
);

export default async function UserPage({ params }: PageProps<"/admin/users/[id]">) {
  const admin = await requireCapability("users.manage");
  const { id } = await params;
  const [user, partners, t, tRoles, format] = await Promise.all([
    loadUser(id),
    listPartnerOptions(admin),
    getTranslations("users"),
    getTranslations("roles"),
    getFormatter(),
  ]);
  if (!user) notFound();
  const isOwnAccount = user.id === admin.id;
  return (
    <SubPage back={{ href: "/admin/users", label: t("back") }} title={user.name} description={user.email}>
      <dl className="mb-8 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className="text-slate-600">{t("role")}</dt>
        <dd>{tRoles(user.role)}</dd>
        <dt className="text-slate-600">{t("organisation")}</dt>
        <dd>{user.organisation ?? t("noOrganisation")}</dd>
        <dt className="text-slate-600">{t("status")}</dt>
        <dd>{user.isActive ? t("active") : t("inactive")}</dd>
        <dt className="text-slate-600">{t("lastSignIn")}</dt>
        <dd>
          {user.lastSignInAt
            ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
            : t("never")}
        </dd>
        <dt className="text-slate-600">{t("openSessions")}</dt>
        <dd>{format.number(user.openSessions)}</dd>
      </dl>
      {isOwnAccount ? (
        <p className="max-w-md text-sm text-slate-600">{t("ownAccount")}</p>
      ) : (
        <div className="flex flex-col gap-8">
          <section aria-labelledby="role-title">
            <h2 id="role-title" className="mb-3 text-lg font-medium">
              {t("roleTitle")}
            </h2>
            <ChangeRoleForm user={user} partners={partners} />
          </section>
          <section aria-labelledby="access-title">
            <h2 id="access-title" className="mb-3 text-lg font-medium">
              {t("accessTitle")}
            </h2>
            <AccessForms user={user} />
          </section>
        </div>
      )}
    </SubPage>
  );
}
