"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { OptionPickerField } from "@/components/option-picker/option-picker-field";
import { FormField } from "@/components/ui/form-field";
import type { FieldErrors as Errors } from "@/lib/action-result";
import { formRows } from "@/lib/missions/form-values";
import { partnerRoles, textLimits } from "@/lib/missions/form-limits";
import { parseEuros } from "@/lib/money";
import type { PickerOption } from "@/lib/records/option-query";
import { SelectField } from "@/components/ui/form-field";
import { RepeatingRows } from "./repeating-rows";

/** The pooled total of what is typed; amounts that do not read as euros count as nothing. */
function sumOf(amounts: string[]): number {
  return amounts.reduce((total, amount) => {
    const cents = parseEuros(amount);
    return cents === null || Number.isNaN(cents) ? total : total + cents;
  }, 0);
}

type Props = {
  values: Record<string, string>;
  /** The label of a partner a row holds (the mission's own, or one chosen since). */
  optionFor: (id: string) => PickerOption | null;
  /** Told of every partner chosen, so the rows can show it again after the form's answer. */
  onChoose: (option: PickerOption) => void;
  errors: Errors | undefined;
};

/**
 * The partners taking part, each with a role and a contribution in euros, and the live total. Each
 * row's organisation is a searchable picker: there can be hundreds of partners (decision 011).
 */
export function PartnerRows({ values, optionFor, onChoose, errors }: Props) {
  const t = useTranslations("missions.rows");
  const tPicker = useTranslations("records.picker");
  const tRoles = useTranslations("missions.partnerRoles");
  const format = useFormatter();
  const rows = useMemo(() => formRows(values, "partners").rows, [values]);
  const container = useRef<HTMLDivElement>(null);
  // The total follows typing and removed rows; new `values` (the form sent back) start it again.
  const [typed, setTyped] = useState<{ rows: typeof rows; cents: number } | null>(null);
  const totalCents = typed?.rows === rows ? typed.cents : sumOf(rows.map((row) => row.contribution));
  const recount = useCallback(() => {
    const inputs = container.current?.querySelectorAll<HTMLInputElement>("input[data-contribution]") ?? [];
    setTyped({ rows, cents: sumOf(Array.from(inputs, (input) => input.value)) });
  }, [rows]);

  return (
    <div ref={container} onInput={recount}>
      <RepeatingRows
        section="partners"
        rows={rows}
        addLabel={t("addPartner")}
        rowLabel={(number) => t("partner", { number })}
        onRowsChange={recount}
        errors={errors?.partners}
        footer={
          <p role="status" className="text-sm font-medium text-slate-900">
            {t("pooledTotal", { total: format.number(totalCents / 100, { style: "currency", currency: "EUR" }) })}
          </p>
        }
        renderRow={(index, row) => {
          const name = (field: string) => `partners.${index}.${field}`;
          return (
            <>
              <div className="sm:min-w-64 sm:flex-1">
                <OptionPickerField
                  label={t("organisation")}
                  name={name("partnerId")}
                  kind="partners"
                  initial={optionFor(row?.partnerId ?? "")}
                  placeholder={tPicker("search.partners")}
                  errors={errors?.[name("partnerId")]}
                  onChoose={onChoose}
                />
              </div>
              <SelectField
                label={t("role")}
                name={name("role")}
                defaultValue={row?.role || "PARTICIPANT"}
                errors={errors?.[name("role")]}
              >
                {partnerRoles.map((role) => (
                  <option key={role} value={role}>
                    {tRoles(role)}
                  </option>
                ))}
              </SelectField>
              <div className="sm:w-40">
                <FormField
                  label={t("contribution")}
                  name={name("contribution")}
                  inputMode="decimal"
                  autoComplete="off"
                  data-contribution=""
                  defaultValue={row?.contribution ?? ""}
                  errors={errors?.[name("contribution")]}
                />
              </div>
              <div className="sm:min-w-56 sm:flex-1">
                <FormField
                  label={t("seeks")}
                  name={name("seeks")}
                  maxLength={textLimits.line}
                  autoComplete="off"
                  defaultValue={row?.seeks ?? ""}
                  errors={errors?.[name("seeks")]}
                />
              </div>
            </>
          );
        }}
      />
    </div>
  );
}
