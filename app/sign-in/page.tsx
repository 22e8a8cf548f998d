import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";
import { getSessionUser } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl } = await searchParams;
  const destination = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined);
  const user = await getSessionUser();
  if (user) redirect(user.mustChangePassword ? "/account/password" : destination);
  const t = await getTranslations();
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="text-xs uppercase tracking-wide text-slate-600">{t("app.organisation")}</p>
        <h1 className="mb-6 text-2xl font-semibold text-brand-900">{t("app.name")}</h1>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 className="mb-4 text-lg font-medium">{t("signIn.title")}</h2>
          <SignInForm callbackUrl={destination} />
        </div>
        <div className="mt-4 flex justify-end">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
