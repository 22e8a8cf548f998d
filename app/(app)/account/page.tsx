import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EndOtherSessions } from "@/components/account/end-other-sessions";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { countOpenSessions } from "@/lib/auth/sessions";
import { getOrganisationName } from "@/lib/users/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [t, tRoles, organisation, openSessions] = await Promise.all([
    getTranslations("account"),
    getTranslations("roles"),
    user.partnerId ? getOrganisationName(user.partnerId) : null,
    countOpenSessions(user.id),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <dl className="mb-8 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className="text-slate-600">{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt className="text-slate-600">{t("role")}</dt>
        <dd>{tRoles(user.role)}</dd>
        {organisation ? (
          <>
            <dt className="text-slate-600">{t("organisation")}</dt>
            <dd>{organisation}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="language-title" className="mb-8">
        <h2 id="language-title" className="text-lg font-medium">
          {t("languageTitle")}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t("languageBody")}</p>
        <LanguageSwitcher />
      </section>
      <section aria-labelledby="password-title">
        <h2 id="password-title" className="text-lg font-medium">
          {t("passwordTitle")}
        </h2>
        <Link href="/account/password" className="mt-2 inline-block text-brand-700 underline">
          {t("passwordLink")}
        </Link>
      </section>
      <section aria-labelledby="sessions-title" className="mt-8">
        <h2 id="sessions-title" className="mb-2 text-lg font-medium">
          {t("sessionsTitle")}
        </h2>
        <EndOtherSessions openSessions={openSessions} />
      </section>
      <IntegrationsSection />
    </>
  );
}

/** API tokens and calendar feeds live on their own page (decision 010). */
async function IntegrationsSection() {
  const t = await getTranslations("integrations");
  return (
    <section aria-labelledby="integrations-title" className="mt-8">
      <h2 id="integrations-title" className="text-lg font-medium">
        {t("accountTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("accountBody")}</p>
      <Link href="/account/integrations" className="mt-2 inline-block text-brand-700 underline">
        {t("accountLink")}
      </Link>
    </section>
  );
}
