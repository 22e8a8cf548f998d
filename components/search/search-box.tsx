import { getTranslations } from "next-intl/server";
import { searchMaxLength } from "@/lib/search/query";

/**
 * The shell's search box: a plain GET form to /search, so it works without scripts. `/` (or
 * Ctrl+K) brings the keyboard to it from anywhere (SearchShortcut).
 */
export async function SearchBox({ defaultValue = "", id }: { defaultValue?: string; id: string }) {
  const t = await getTranslations("search");
  return (
    <form role="search" action="/search" method="get" aria-label={t("label")} className="flex">
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={searchMaxLength}
        placeholder={t("placeholder")}
        aria-keyshortcuts="/ Control+K"
        data-global-search=""
        className="w-full min-w-0 rounded-l-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500"
      />
      {/* A magnifier, not a word: the sidebar is narrow and the French word long. */}
      <button
        type="submit"
        aria-label={t("label")}
        title={t("label")}
        className="rounded-r-md border border-l-0 border-slate-300 bg-slate-50 px-2.5 text-slate-700 hover:bg-slate-100"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  );
}
