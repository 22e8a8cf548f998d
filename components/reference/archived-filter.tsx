"use client";

import { useTranslations } from "next-intl";
import { DataTableFilterSelect } from "@/components/data-table/data-table-filter-select";

/** Current records by default; `archived=true` lists the archived ones instead. */
export function ArchivedFilter() {
  const t = useTranslations("reference.archiveFilter");
  return (
    <DataTableFilterSelect
      param="archived"
      label={t("label")}
      allLabel={t("current")}
      options={[{ value: "true", label: t("archived") }]}
    />
  );
}
