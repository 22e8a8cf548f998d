import { getFormatter, getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { maxImportBytes, maxImportRows } from "@/lib/spreadsheets/limits";
import type { ImportGroup } from "@/lib/spreadsheets/sheet-types";
import { ImportPanel } from "./import-panel";

export type ImportPageArea = {
  path: string;
  group: ImportGroup;
  /** Where the records are listed, when not at `path` (a mission's parts are listed on the missions). */
  listPath?: string;
};

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-50";

const partGroups = new Set<ImportGroup>(["missionTravellers", "missionCosts"]);
const singleValueGroups = new Set<ImportGroup>(["allowanceRates", ...partGroups]);

/** Its title, for the page's metadata. */
export async function importPageMetadata(group: ImportPageArea["group"]) {
  return { title: (await getTranslations("spreadsheets.import"))(`titles.${group}`) };
}

/** The import page of an area: the template, the rules, then the file, its check and the import. */
export async function ImportPage({ area }: { area: ImportPageArea }) {
  const t = await getTranslations("spreadsheets.import");
  const format = await getFormatter();
  return (
    <SubPage
      back={{ href: area.listPath ?? area.path, label: t("back") }}
      title={t(`titles.${area.group}`)}
      description={t("description")}
    >
      <section aria-labelledby="import-template-title" className="max-w-3xl">
        <h2 id="import-template-title" className="text-lg font-semibold text-brand-900">
          {t("templateTitle")}
        </h2>
        <p className="mt-1 text-slate-700">{t("templateBody")}</p>
        <p className="mt-3 flex flex-wrap gap-2">
          <a href={`${area.path}/import/template?format=csv`} download className={linkClass}>
            {t("templateCsv")}
          </a>
          <a href={`${area.path}/import/template?format=xlsx`} download className={linkClass}>
            {t("templateXlsx")}
          </a>
        </p>
        <h3 className="mt-5 font-medium text-slate-900">{t("rulesTitle")}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {/* The rates name no other record, travellers only their mission; they and cost lines hold one value a cell. */}
          {partGroups.has(area.group) ? <li>{t("rules.missionOfPart")}</li> : null}
          {area.group === "allowanceRates" || area.group === "missionTravellers" ? null : <li>{t("rules.names")}</li>}
          {singleValueGroups.has(area.group) ? null : <li>{t("rules.lists")}</li>}
          <li>{t("rules.dates")}</li>
          <li>{t("rules.keys", { key: t(`keys.${area.group}`) })}</li>
          {partGroups.has(area.group) ? <li>{t("rules.partsNotRemoved")}</li> : null}
          <li>{t("rules.limits", { rows: format.number(maxImportRows), megabytes: maxImportBytes / 1024 / 1024 })}</li>
        </ul>
      </section>
      <ImportPanel runUrl={`${area.path}/import/run`} listHref={area.listPath ?? area.path} />
    </SubPage>
  );
}
