import type { Metadata } from "next";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { pickMessages, shellMessageNamespaces } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getAppLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        {/* Only what the shell's client components read; each area's layout adds its own (lib/i18n/client-messages.ts). */}
        <NextIntlClientProvider messages={pickMessages(messages, shellMessageNamespaces)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
