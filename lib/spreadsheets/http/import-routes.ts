import "server-only";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth";
import { importTemplate } from "../export/template";
import type { ImportAreaName } from "../import/definitions";
import type { ImportStreamLine } from "../import/preview-types";
import { assertCanImport, commitImport, ImportBusyError, ImportWriteError, previewImport } from "../import/run-import";
import { maxImportBytes } from "../limits";
import { sheetTranslator } from "../messages";
import { isAcceptedContentType, readSpreadsheet, SpreadsheetFileError } from "../read-spreadsheet";
import { download, refusal, requestedFormat, signedInUser } from "./responses";

// The import's routes. POST /<area>/import/run?mode=preview|commit takes the file itself as the
// request body and answers a stream of NDJSON lines: progress while reading, checking and writing,
// then the preview (or the outcome). The page shows a progress bar from those lines; a file of
// 10,000 rows takes seconds to check and some more to write. Nothing is kept between the preview
// and the commit: the commit sends the same file again and everything is checked again.

const canImport = (user: ActingUser, area: ImportAreaName) => {
  try {
    assertCanImport(user, area);
    return true;
  } catch {
    return false;
  }
};

/** A browser always says where a POST comes from: another site's page may not import with our cookie. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The body, refused as soon as it passes the limit (a huge upload is never held in memory). */
async function readBody(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxImportBytes) throw new SpreadsheetFileError("fileTooLarge", { max: maxImportBytes / 1024 / 1024 });
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxImportBytes) {
      await reader.cancel();
      throw new SpreadsheetFileError("fileTooLarge", { max: maxImportBytes / 1024 / 1024 });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.length) - chunk.length);
  return bytes;
}

async function errorMessage(user: ActingUser, error: unknown): Promise<string> {
  const t = await sheetTranslator(user.locale);
  if (error instanceof SpreadsheetFileError) return t.t(`spreadsheets.fileErrors.${error.code}`, error.values);
  if (error instanceof ImportBusyError) return t.t("spreadsheets.fileErrors.busy");
  if (error instanceof ImportWriteError)
    return `${t.t("spreadsheets.import.table.row")} ${error.row} — ${t.t("spreadsheets.rowErrors.writeFailed", { message: error.detail })}`;
  if (error instanceof DomainError && error.code === "forbidden") return t.t("spreadsheets.fileErrors.forbidden");
  console.error("Unexpected error in a spreadsheet import", error);
  return t.t("spreadsheets.fileErrors.unexpected");
}

export function importRunRoute(area: ImportAreaName) {
  return async function POST(request: Request): Promise<Response> {
    const caller = await signedInUser();
    if ("response" in caller) return caller.response;
    const { user } = caller;
    if (!isSameOrigin(request)) return refusal(403, "wrongOrigin", user);
    if (!canImport(user, area)) return refusal(403, "forbidden", user);
    if (!isAcceptedContentType(request.headers.get("content-type"))) return refusal(415, "unsupportedType", user);
    if (Number(request.headers.get("content-length") ?? "0") > maxImportBytes)
      return refusal(413, "fileTooLarge", user, { max: maxImportBytes / 1024 / 1024 });
    const isCommit = new URL(request.url).searchParams.get("mode") === "commit";
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: ImportStreamLine) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        const onProgress = (phase: "reading" | "checking" | "writing", done: number, total: number) =>
          send({ type: "progress", phase, done, total });
        try {
          onProgress("reading", 0, 1);
          const table = await readSpreadsheet(await readBody(request));
          onProgress("reading", 1, 1);
          if (!isCommit) send({ type: "preview", preview: await previewImport(user, area, table, onProgress) });
          else {
            const { preview, outcome } = await commitImport(user, area, table, onProgress);
            send(outcome ? { type: "done", preview, outcome } : { type: "preview", preview });
          }
        } catch (error) {
          send({ type: "error", message: await errorMessage(user, error) });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Accel-Buffering": "no",
      },
    });
  };
}

/** GET /<area>/import/template?format=csv|xlsx — the area's headers in the reader's language. */
export function importTemplateRoute(area: ImportAreaName) {
  return async function GET(request: Request): Promise<Response> {
    const caller = await signedInUser();
    if ("response" in caller) return caller.response;
    if (!canImport(caller.user, area)) return refusal(403, "forbidden", caller.user);
    const format = requestedFormat(new URL(request.url));
    if (!format) return new Response("format=csv or format=xlsx", { status: 400 });
    return download(await importTemplate(area, caller.user.locale, format));
  };
}
