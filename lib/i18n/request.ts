import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "@/lib/auth";
import { defaultLocale, intlLocaleOf, isLocale, localeCookieName, timeZone } from "./config";
import { loadMessages } from "./messages";

// A signed-in user's saved language wins (it follows them from device to device); otherwise the
// cookie set by the language switcher; otherwise French.
export default getRequestConfig(async () => {
  const user = await getSessionUser();
  const requested = user?.locale ?? (await cookies()).get(localeCookieName)?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    // Formatting follows the language's convention (config.ts); getAppLocale() gives "fr" or "en".
    locale: intlLocaleOf[locale],
    timeZone,
    messages: await loadMessages(locale),
  };
});
