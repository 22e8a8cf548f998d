import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { locales } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/i18n/actions";

/** A plain form: works with the keyboard and without JavaScript. */
export async function LanguageSwitcher() {
  const t = await getTranslations("language");
  const current = await getAppLocale();
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={t("label")}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          title={t("switchTo", { language: t(locale) })}
          className={`rounded px-2 py-1 text-xs font-semibold uppercase ${
            locale === current ? "bg-brand-900 text-white" : "text-slate-700 hover:bg-slate-200"
          }`}
        >
          {locale}
          <span className="sr-only"> — {t(locale)}</span>
        </button>
      ))}
    </form>
  );
}
