import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { listAccessTokens } from "@/lib/api/tokens";
import { requireUser } from "@/lib/auth";
import { AccessTokenTable } from "./access-token-table";
import { createApiTokenAction, createCalendarFeedAction } from "@/lib/account/actions";
import { CreateSecretForm } from "./create-secret-form";

export async function generateMetadata() {
  return { title: (await getTranslations("integrations"))("title") };
}

// Every role has this page, partners too: a token or a feed only ever sees what its user sees.
export default async function IntegrationsPage() {
  const user = await requireUser();
  const [t, tAccount, tokens, feeds] = await Promise.all([
    getTranslations("integrations"),
    getTranslations("account"),
    listAccessTokens(user, "API"),
    listAccessTokens(user, "CALENDAR_FEED"),
  ]);
  return (
    <SubPage back={{ href: "/account", label: tAccount("title") }} title={t("title")} description={t("description")}>
      <div className="flex flex-col gap-10">
        <section aria-labelledby="tokens-title">
          <h2 id="tokens-title" className="text-lg font-medium">
            {t("tokens.title")}
          </h2>
          <p className="mb-2 max-w-prose text-sm text-slate-600">{t("tokens.body")}</p>
          <p className="mb-4 text-sm text-slate-600">
            {t("apiReferenceBody")}{" "}
            <Link href="/api-reference" className="text-brand-700 underline">
              {t("apiReferenceLink")}
            </Link>
          </p>
          <CreateSecretForm kind="tokens" action={createApiTokenAction} />
          <AccessTokenTable kind="tokens" rows={tokens} />
        </section>
        <section aria-labelledby="feeds-title">
          <h2 id="feeds-title" className="text-lg font-medium">
            {t("feeds.title")}
          </h2>
          <p className="mb-4 max-w-prose text-sm text-slate-600">{t("feeds.body")}</p>
          <CreateSecretForm kind="feeds" action={createCalendarFeedAction} />
          <AccessTokenTable kind="feeds" rows={feeds} />
          <section aria-labelledby="feeds-how-to-title" className="mt-6 max-w-prose">
            <h3 id="feeds-how-to-title" className="mb-2 font-medium">
              {t("feeds.howToTitle")}
            </h3>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              <li>{t("feeds.howToOutlook")}</li>
              <li>{t("feeds.howToGoogle")}</li>
              <li>{t("feeds.howToApple")}</li>
            </ul>
          </section>
        </section>
      </div>
    </SubPage>
  );
}
