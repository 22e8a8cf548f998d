import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { areaClientNamespaces, pickMessages, type MessageArea } from "@/lib/i18n/client-messages";

/**
 * Gives the client components of one area of the app their messages: the shell's and the area's
 * (lib/i18n/client-messages.ts), in place of the root layout's shell-only set. Used by each
 * area's layout.
 */
export async function AreaMessages({ area, children }: { area: MessageArea; children: React.ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, areaClientNamespaces(area))}>
      {children}
    </NextIntlClientProvider>
  );
}
