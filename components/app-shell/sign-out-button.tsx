"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("account");
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/sign-in" })}
      className="rounded px-2 py-1 text-sm text-slate-700 underline-offset-2 hover:bg-slate-200 hover:underline"
    >
      {t("signOut")}
    </button>
  );
}
