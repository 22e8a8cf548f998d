"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import type { FieldErrors as Errors } from "@/lib/action-result";
import { formRows } from "@/lib/missions/form-values";
import { textLimits } from "@/lib/missions/form-limits";
import { RepeatingRows } from "./repeating-rows";

/** The day-by-day programme; each line's day must fall within the mission's dates. */
export function AgendaRows({ values, errors }: { values: Record<string, string>; errors: Errors | undefined }) {
  const t = useTranslations("missions.rows");
  const rows = useMemo(() => formRows(values, "agenda").rows, [values]);
  return (
    <RepeatingRows
      section="agenda"
      rows={rows}
      addLabel={t("addAgendaLine")}
      rowLabel={(number) => t("agendaLine", { number })}
      errors={errors?.agenda}
      renderRow={(index, row) => {
        const name = (field: string) => `agenda.${index}.${field}`;
        return (
          <>
            <FormField
              label={t("day")}
              name={name("day")}
              type="date"
              defaultValue={row?.day ?? ""}
              errors={errors?.[name("day")]}
            />
            <div className="sm:w-32">
              <FormField
                label={t("time")}
                name={name("time")}
                type="time"
                defaultValue={row?.time ?? ""}
                errors={errors?.[name("time")]}
              />
            </div>
            <div className="sm:min-w-56 sm:flex-1">
              <FormField
                label={t("agendaTitle")}
                name={name("title")}
                maxLength={textLimits.line}
                autoComplete="off"
                defaultValue={row?.title ?? ""}
                errors={errors?.[name("title")]}
              />
            </div>
            <div className="sm:min-w-48 sm:flex-1">
              <FormField
                label={t("location")}
                name={name("location")}
                maxLength={textLimits.line}
                autoComplete="off"
                defaultValue={row?.location ?? ""}
                errors={errors?.[name("location")]}
              />
            </div>
            <div className="sm:min-w-48 sm:flex-1">
              <FormField
                label={t("counterpart")}
                name={name("counterpart")}
                maxLength={textLimits.line}
                autoComplete="off"
                defaultValue={row?.counterpart ?? ""}
                errors={errors?.[name("counterpart")]}
              />
            </div>
          </>
        );
      }}
    />
  );
}
