import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookieName, timeZone } from "./config";

export default getRequestConfig(async () => {
  const requested = (await cookies()).get(localeCookieName)?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    timeZone,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
