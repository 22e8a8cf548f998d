import "server-only";
import type { ActingUser } from "@/lib/auth";
import { getCurrentUser } from "@/lib/auth";
import { defaultLocale } from "@/lib/i18n/config";
import { sheetTranslator } from "../messages";
import type { ExportFile } from "../export/run-export";

// Shared by the spreadsheet route handlers: who is asking, refusals in the reader's language, and
// file downloads no cache keeps (every answer depends on who asks).

export async function refusal(
  status: number,
  messageKey: string,
  user: ActingUser | null = null,
  values: Record<string, number> = {},
): Promise<Response> {
  const t = await sheetTranslator(user?.locale ?? defaultLocale);
  return new Response(t.t(`spreadsheets.fileErrors.${messageKey}`, values), {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The signed-in user, or the response refusing the request. */
export async function signedInUser(): Promise<{ user: ActingUser } | { response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { response: await refusal(401, "signIn") };
  if (user.mustChangePassword) return { response: await refusal(403, "forbidden", user) };
  return { user };
}

export function download(file: ExportFile): Response {
  return new Response(file.body as unknown as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function requestedFormat(url: URL): "csv" | "xlsx" | null {
  const format = url.searchParams.get("format");
  return format === "csv" || format === "xlsx" ? format : null;
}
