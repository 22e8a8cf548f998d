"use client";

import { useTranslations } from "next-intl";

// Shown when a server component throws: a generic message, never the raw error.
export default function AreaError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <section role="alert" className="rounded-lg border border-red-200 bg-white px-6 py-10 text-center">
      <h1 className="text-xl font-semibold text-red-800">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
      >
        {t("retry")}
      </button>
    </section>
  );
}
