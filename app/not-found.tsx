import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { homeFor } from "@/components/app-shell/areas";
import { getCurrentUser } from "@/lib/auth";

/** Back to where the reader starts: a partner's workspace, the office's dashboard, or signing in. */
export default async function NotFound() {
  const [t, user] = await Promise.all([getTranslations("notFound"), getCurrentUser()]);
  const home = user ? homeFor(user.role) : "/sign-in";
  const back = !user ? t("backToSignIn") : home === "/dashboard" ? t("back") : t("backToWorkspace");
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href={home} className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        {back}
      </Link>
    </main>
  );
}
