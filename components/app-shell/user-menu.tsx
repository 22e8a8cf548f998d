import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ActingUser } from "@/lib/auth";
import { SignOutButton } from "./sign-out-button";

export async function UserMenu({ user }: { user: ActingUser }) {
  const t = await getTranslations("account");
  const tRoles = await getTranslations("roles");
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="font-medium text-slate-900">{user.name}</p>
      <p className="text-xs text-slate-600">{tRoles(user.role)}</p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <Link
          href="/account"
          className="rounded px-2 py-1 text-slate-700 underline-offset-2 hover:bg-slate-200 hover:underline"
        >
          {t("title")}
        </Link>
        <SignOutButton />
      </div>
    </div>
  );
}
