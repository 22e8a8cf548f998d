import { getTranslations } from "next-intl/server";
import type { ActingUser } from "@/lib/auth";
import { areasFor } from "./areas";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";
import { SearchBox } from "@/components/search/search-box";
import { SearchShortcut } from "@/components/search/search-shortcut";
import { Suspense } from "react";
import { SavedNotice } from "./saved-notice";

/**
 * The signed-in layout: a sidebar on wide screens, a disclosure menu on phones. The phone menu is a
 * native <details> element so it opens with Enter/Space and needs no client script.
 */
export async function AppShell({ user, children }: { user: ActingUser; children: React.ReactNode }) {
  const t = await getTranslations("app");
  const areas = areasFor(user.role);
  const brand = (
    <div>
      <p className="text-xs uppercase tracking-wide text-slate-600">{t("organisation")}</p>
      <p className="font-semibold text-brand-900">{t("name")}</p>
    </div>
  );
  return (
    <div className="min-h-screen lg:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white lg:hidden print:hidden">
        <details className="group">
          <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3">
            {brand}
            <span className="rounded-md border border-slate-300 px-3 py-1 text-sm">
              <span className="group-open:hidden">{t("openMenu")}</span>
              <span className="hidden group-open:inline">{t("closeMenu")}</span>
            </span>
          </summary>
          <nav aria-label={t("mainNavigation")} className="border-t border-slate-200 px-2 py-3">
            {/* The language first: a newcomer looks for it before anything else. */}
            <div className="mb-3 px-3">
              <LanguageSwitcher />
            </div>
            <NavLinks areas={areas} />
            <div className="mt-3 flex flex-col gap-3 border-t border-slate-200 px-3 pt-3">
              <UserMenu user={user} />
            </div>
          </nav>
        </details>
        {/* On a phone the search stays on screen, outside the closed menu. */}
        <div className="px-4 pb-3">
          <SearchBox id="global-search-phone" />
        </div>
      </header>
      <aside className="hidden w-64 shrink-0 print:hidden flex-col gap-6 border-r border-slate-200 bg-white px-3 py-5 lg:flex">
        {/* The language next to the name, where a newcomer looks first, not below a long menu. */}
        <div className="flex items-start justify-between gap-2 px-3">
          {brand}
          <LanguageSwitcher />
        </div>
        <div className="px-3">
          <SearchBox id="global-search" />
        </div>
        <nav aria-label={t("mainNavigation")}>
          <NavLinks areas={areas} />
        </nav>
        <div className="mt-auto flex flex-col gap-3 border-t border-slate-200 px-3 pt-4">
          <UserMenu user={user} />
        </div>
      </aside>
      <SearchShortcut />
      <main id="main" className="flex-1 px-4 py-6 sm:px-8 lg:py-10">
        <Suspense fallback={null}>
          <SavedNotice message={t("saved")} />
        </Suspense>
        {children}
      </main>
    </div>
  );
}
