"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { savedParam } from "@/lib/actions/saved-notice";

/**
 * "Saved." after a form's save brought the user here (lib/actions/saved-notice.ts). The notice
 * stays on this page until the user leaves it; the parameter is taken out of the address at once,
 * so a reload or a copied link does not say it again.
 */
export function SavedNotice({ message }: { message: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const justSaved = searchParams.get(savedParam) === "1";
  const [savedOn, setSavedOn] = useState<string | null>(justSaved ? pathname : null);
  // A new save while the shell stays mounted: remember it during render, as React advises for
  // state that follows a prop, not in an effect.
  if (justSaved && savedOn !== pathname) setSavedOn(pathname);
  else if (!justSaved && savedOn !== null && savedOn !== pathname) setSavedOn(null);

  useEffect(() => {
    if (!justSaved) return;
    const url = new URL(window.location.href);
    url.searchParams.delete(savedParam);
    window.history.replaceState(window.history.state, "", url);
  }, [justSaved]);

  if (savedOn !== pathname) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900"
    >
      {message}
    </p>
  );
}
