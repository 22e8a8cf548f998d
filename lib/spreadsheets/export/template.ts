import "server-only";
import type { Cell } from "../cells";
import { choiceLabels } from "../choices";
import { columnLabel, headerRow, type ColumnDef } from "../columns";
import { csvConventionOf, writeCsv } from "../csv-write";
import { sheetTranslator, type Locale, type SheetTranslator } from "../messages";
import { writeXlsx } from "../xlsx-write";
import { importDefinitions, type ImportAreaName } from "../import/definitions";
import type { ExportFile, ExportFormat } from "./run-export";

// The template of an import: the area's headers in the reader's language and no data row (an
// example row left in by mistake would be imported). The Excel version adds a "Help" sheet saying
// what each column takes; the import reads only the first sheet.

function columnHelp(t: SheetTranslator, column: ColumnDef<never>): string {
  const kind = `spreadsheets.help.kinds.${column.kind}`;
  if (column.kind === "choice" && column.choices) return t.t(kind, { choices: choiceLabels(t, column.choices) });
  if (column.kind === "partnerLines") return t.t(kind, { roles: choiceLabels(t, "partnerRole") });
  if (column.kind === "participantLines") return t.t(kind, { kinds: choiceLabels(t, "participantKind") });
  return t.t(kind);
}

function helpRows(t: SheetTranslator, area: ImportAreaName): Cell[][] {
  const { sheet } = importDefinitions[area];
  return (sheet.columns as readonly ColumnDef<never>[]).map((column) => [
    columnLabel(t, sheet.group, column.key),
    t.t(column.required ? "spreadsheets.help.yes" : "spreadsheets.help.no"),
    columnHelp(t, column),
  ]);
}

export async function importTemplate(area: ImportAreaName, locale: Locale, format: ExportFormat): Promise<ExportFile> {
  const t = await sheetTranslator(locale);
  const { sheet } = importDefinitions[area];
  const data = { name: area, header: headerRow(t, sheet.group, sheet.columns), rows: [] };
  const fileName = `${area}-template.${format}`;
  if (format === "csv")
    return {
      body: new TextEncoder().encode(writeCsv(data, csvConventionOf(locale))),
      contentType: "text/csv; charset=utf-8",
      fileName,
      truncated: false,
    };
  const help = {
    name: t.t("spreadsheets.help.sheet"),
    header: [t.t("spreadsheets.help.column"), t.t("spreadsheets.help.required"), t.t("spreadsheets.help.format")],
    rows: helpRows(t, area),
  };
  return {
    body: await writeXlsx([data, help], locale),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName,
    truncated: false,
  };
}
