"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth";
import { setOwnLocale } from "@/lib/users/account";
import { isLocale, localeCookieName } from "./config";

const oneYearInSeconds = 60 * 60 * 24 * 365;

/**
 * Remembers the interface language: in a cookie, and on the account when signed in. A plain form
 * action (no result to show); bad input changes nothing. A user who must still change a temporary
 * password may choose the language of the password page too.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookieName, locale, {
    maxAge: oneYearInSeconds,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
  });
  const user = await getSessionUser();
  if (user) await setOwnLocale(user, locale);
  revalidatePath("/", "layout");
}
