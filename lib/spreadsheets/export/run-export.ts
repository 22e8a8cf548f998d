import "server-only";
import type { ActingUser } from "@/lib/auth";
import { parseListParams, type ListParams } from "@/lib/list-params";
import type { Cell } from "../cells";
import { headerRow } from "../columns";
import { csvConventionOf, writeCsv } from "../csv-write";
import { maxExportRows } from "../limits";
import { sheetTranslator } from "../messages";
import { writeXlsx } from "../xlsx-write";
import { exportDefinitions, type ExportAreaName } from "./definitions";
import { parisDay } from "@/lib/time";

// A list exported exactly as the page shows it: the same URL parameters parsed by the same schema,
// the same list function with the signed-in user (so the same scope), every page of it, with
// names instead of ids and headers and labels in the reader's language.

export type ExportFormat = "csv" | "xlsx";

export type ExportFile = { body: Uint8Array; contentType: string; fileName: string; truncated: boolean };

/** The list's largest page: fewer round trips for a long list. */
const pageSize = 100;

/** The ids and rows of every page of the list, up to `maxExportRows`. */
async function listAll(area: ExportAreaName, actor: ActingUser, searchParams: unknown) {
  const definition = exportDefinitions[area];
  const params = parseListParams(definition.schema, searchParams) as ListParams & Record<string, unknown>;
  const rows: { id: string }[] = [];
  let total = 0;
  for (let page = 1; rows.length < maxExportRows; page += 1) {
    const result = await definition.list(actor, { ...params, page, pageSize });
    total = result.total;
    rows.push(...result.rows);
    if (result.rows.length < pageSize || rows.length >= total) break;
  }
  return { rows: rows.slice(0, maxExportRows), truncated: total > maxExportRows };
}

export async function exportList(
  area: ExportAreaName,
  actor: ActingUser,
  searchParams: unknown,
  format: ExportFormat,
): Promise<ExportFile> {
  const definition = exportDefinitions[area];
  const t = await sheetTranslator(actor.locale);
  const { rows, truncated } = await listAll(area, actor, searchParams);
  const records = definition.load ? await definition.load(rows.map((row) => row.id)) : rows;
  const context = { t, locale: actor.locale };
  const { columns } = definition;
  const data: Cell[][] = records.map((record) => columns.map((column) => column.write(record, context)));
  if (truncated) data.push([t.t("spreadsheets.export.truncated", { max: maxExportRows })]);
  const sheet = { name: definition.fileName, header: headerRow(t, definition.group, columns), rows: data };
  const fileName = `${definition.fileName}-${parisDay()}.${format}`;
  if (format === "csv")
    return {
      body: new TextEncoder().encode(writeCsv(sheet, csvConventionOf(actor.locale))),
      contentType: "text/csv; charset=utf-8",
      fileName,
      truncated,
    };
  return {
    body: await writeXlsx([sheet], actor.locale),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName,
    truncated,
  };
}
