// Stand-ins for the parts of Next.js and next-intl that only exist inside a running server, for
// test files that call server actions and route handlers in process:
//
//   vi.mock("next/headers", () => import("./request-scope").then((scope) => scope.nextHeadersModule));
//   vi.mock("next/cache", () => import("./next-modules").then((modules) => modules.nextCacheModule));
//   vi.mock("next-intl/server", () => import("./next-modules").then((modules) => modules.nextIntlServerModule));
//
// Translations come from the app's own request configuration (lib/i18n/request.ts: the signed-in
// user's language, else the cookie, else French) and its real message files, so a refusal reads
// exactly as a user would see it.
import { createFormatter, createTranslator } from "next-intl";
import { requestNumber } from "./request-scope";
import { appLocaleOf, intlLocaleOf, type IntlLocale } from "@/lib/i18n/config";

/** What the revalidation calls asked for: a refused call must not revalidate anything. */
export const revalidated: string[] = [];

export const nextCacheModule = {
  revalidatePath: (path: string) => void revalidated.push(path),
  revalidateTag: (tag: string) => void revalidated.push(`tag:${tag}`),
  updateTag: (tag: string) => void revalidated.push(`tag:${tag}`),
  refresh: () => undefined,
  unstable_noStore: () => undefined,
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
};

type RequestConfig = { locale: string; timeZone: string; messages: Record<string, unknown> };

let current: { request: number; config: Promise<RequestConfig> } | undefined;

/** Like Next, one request configuration per request (it caches getRequestConfig's answer for the request). */
async function requestConfig(): Promise<RequestConfig> {
  if (current?.request !== requestNumber()) {
    // lib/i18n/request.ts default-exports getRequestConfig(callback); the stand-in below returns the callback.
    const load = import("@/lib/i18n/request").then((module) =>
      (module as unknown as { default: () => Promise<RequestConfig> }).default(),
    );
    current = { request: requestNumber(), config: load };
  }
  return current.config;
}

type TranslationsArgument = string | { locale?: string; namespace?: string } | undefined;

/** The translator as tests use it (the app's own code is typed by next-intl's real declarations). */
export type Translator = ((key: string, values?: Record<string, string | number | Date>) => string) & {
  has(key: string): boolean;
};

export const nextIntlServerModule = {
  getRequestConfig: <T>(callback: T) => callback,
  async getTranslations(argument?: TranslationsArgument): Promise<Translator> {
    const config = await requestConfig();
    const namespace = typeof argument === "string" ? argument : argument?.namespace;
    // Code may ask for a language ("en") or a formatting locale ("en-GB"): both name one language.
    const language = appLocaleOf((typeof argument === "object" && argument.locale) || config.locale);
    const locale = intlLocaleOf[language];
    const messages =
      locale === config.locale ? config.messages : await (await import("@/lib/i18n/messages")).loadMessages(language);
    return createTranslator({ locale, messages, namespace: namespace as never }) as unknown as Translator;
  },
  getLocale: async () => (await requestConfig()).locale,
  getMessages: async () => (await requestConfig()).messages,
  getTimeZone: async () => (await requestConfig()).timeZone,
  getNow: async () => new Date(),
  async getFormatter() {
    const config = await requestConfig();
    return createFormatter({ locale: config.locale as IntlLocale, timeZone: config.timeZone });
  },
  setRequestLocale: () => undefined,
};
