"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { MultiOptionPickerField } from "@/components/option-picker/multi-option-picker-field";
import { CheckboxField, FormField, inputClassName, SelectField, TextAreaField } from "@/components/ui/form-field";
import type { FieldErrors } from "@/lib/action-result";
import { choiceKeyIn, inputLimits, shownOrder, type Field, type Fields, type LinkKind } from "@/lib/records/fields";
import type { PickerOption } from "@/lib/records/option-query";
import { OptionCheckboxes, type CheckboxOption } from "./option-checkboxes";
import { TimeZoneSuggestions } from "./time-zone-suggestions";

// A record form's controls derived from the area's field declarations (lib/records/fields.ts,
// decision 014), so a new field appears in the form without touching it: each field gets the
// control of its kind with the limits its schema enforces, in declaration order with long texts
// last (shownOrder), two half-width fields side by side. A single link comes with area rules (a
// city fills its country in), so the area renders it itself through `custom`.

type Props = {
  fields: Fields;
  /** The area's label and hint of a field (its `fields.<name>` and `hints.<name>` messages). */
  label: (name: string) => string;
  hint: (name: string) => string | undefined;
  /** What the form holds: what was loaded, or what was typed before a refusal. */
  value: (name: string) => string;
  errors: FieldErrors | undefined;
  /** The entries of the short fixed lists (sectors, objectives), shown as checkboxes. */
  checkboxOptions?: Partial<Record<LinkKind, CheckboxOption[]>>;
  /** Shown by a checkbox group with nothing to choose from. */
  noneToChoose: string;
  /** A choice's label (`labels`: the declared path of its messages). */
  choiceLabel: (labels: string, code: string) => string;
  /** The empty first option of a required choice. */
  choose: string;
  /** For links searched in a picker: the options the form knows (the record's own links, and those chosen since). */
  optionFor?: (id: string) => PickerOption | null;
  onChoose?: (option: PickerOption) => void;
  /** Fields the area renders itself, in their place; null for one rendered with another. */
  custom?: Record<string, ReactNode | null>;
};

/** The record areas whose forms are derived from their declarations. */
export type FormNamespace =
  | "delegations"
  | "events"
  | "towns"
  | "reference.codeLists"
  | "reference.destinations"
  | "reference.allowanceRates"
  | "reference.missionOrders"
  | "partners"
  | "missions.travellers"
  | "missions.costs"
  | "missions.followUps";

/**
 * An area's words for its declared form: each field's label (`<area>.fields.<name>`), its hint
 * when it has one (`<area>.hints.<name>`), what an empty checkbox group says, and the conflict
 * panel's names of the fields.
 */
export function useFieldWords(namespace: FormNamespace, fields: Fields) {
  const t = useTranslations(namespace);
  const tRecords = useTranslations("records");
  const label = (name: string) => t(`fields.${name}` as never);
  return {
    label,
    choiceLabel: (labels: string, code: string) => t(choiceKeyIn(namespace, labels, code) as never),
    choose: tRecords("choose"),
    hint: (name: string) => (t.has(`hints.${name}` as never) ? t(`hints.${name}` as never) : undefined),
    noneToChoose: t.has("noneSelected" as never) ? t("noneSelected" as never) : "",
    conflictLabels: Object.fromEntries(Object.keys(fields).map((name) => [name, label(name)])),
  };
}

const pickerKinds = { partner: "partners", destination: "destinations" } as const;

function FieldControl({
  name,
  field,
  onPick,
  ...props
}: Omit<Props, "fields" | "custom"> & { name: string; field: Field; onPick?: (value: string) => void }) {
  const common = {
    label: props.label(name),
    name,
    errors: props.errors?.[name],
    defaultValue: props.value(name),
    ...(field.lang ? { lang: field.lang } : {}),
  };
  const hint = props.hint(name);
  const hinted = hint ? { hint } : {};
  switch (field.kind) {
    case "text":
      return <FormField {...common} {...inputLimits(field)} {...hinted} />;
    case "longText":
      return <TextAreaField {...common} rows={5} {...inputLimits(field)} {...hinted} />;
    case "wholeNumber":
      return <FormField {...common} type="number" inputMode="numeric" {...inputLimits(field)} {...hinted} />;
    case "decimal":
      // Text rather than type="number", so a comma is accepted as the decimal separator.
      return (
        <FormField
          {...common}
          inputMode="decimal"
          autoComplete="off"
          className={`w-40 ${inputClassName}`}
          {...inputLimits(field)}
          {...hinted}
        />
      );
    case "money":
      return (
        <FormField
          {...common}
          inputMode="decimal"
          autoComplete="off"
          className={`w-48 ${inputClassName}`}
          {...inputLimits(field)}
          {...hinted}
        />
      );
    case "country":
      return (
        <FormField
          {...common}
          autoComplete="off"
          className={`w-24 uppercase ${inputClassName}`}
          {...inputLimits(field)}
          {...hinted}
        />
      );
    case "timeZone":
      return (
        <>
          <FormField
            {...common}
            autoComplete="off"
            spellCheck={false}
            list={`${name}-suggestions`}
            className={`w-72 ${inputClassName}`}
            {...inputLimits(field)}
            {...hinted}
          />
          <TimeZoneSuggestions id={`${name}-suggestions`} />
        </>
      );
    case "parisDateTime":
      return <FormField {...common} type="datetime-local" {...inputLimits(field)} {...hinted} />;
    case "day":
      return (
        <FormField {...common} type="date" className={`w-48 ${inputClassName}`} {...inputLimits(field)} {...hinted} />
      );
    case "choice":
      return (
        <SelectField
          {...common}
          {...inputLimits(field)}
          {...hinted}
          {...(onPick ? { onChange: (event) => onPick(event.currentTarget.value) } : {})}
        >
          <option value="" disabled={field.required === true}>
            {field.required ? props.choose : ""}
          </option>
          {field.choices.map((choice) => (
            <option key={choice} value={choice}>
              {props.choiceLabel(field.labels, choice)}
            </option>
          ))}
        </SelectField>
      );
    case "yesNo":
      return (
        <CheckboxField
          label={common.label}
          name={name}
          errors={common.errors}
          hint={hint}
          defaultChecked={props.value(name) === "on"}
        />
      );
    case "code":
      return (
        <FormField
          {...common}
          autoComplete="off"
          className={`${field.length <= 8 ? "w-32" : "w-64"} uppercase ${inputClassName}`}
          {...inputLimits(field)}
          {...hinted}
        />
      );
    case "links": {
      const selected = props.value(name).split(",").filter(Boolean);
      if (field.to === "partner" || field.to === "destination")
        return (
          <MultiOptionPickerField
            label={common.label}
            name={name}
            kind={pickerKinds[field.to]}
            initial={selected.map((id) => props.optionFor?.(id) ?? null).filter((option) => option !== null)}
            errors={common.errors}
            {...hinted}
            {...(props.onChoose ? { onChoose: props.onChoose } : {})}
          />
        );
      return (
        <OptionCheckboxes
          name={name}
          legend={common.label}
          options={props.checkboxOptions?.[field.to] ?? []}
          selected={selected}
          errors={common.errors}
          emptyLabel={props.noneToChoose}
        />
      );
    }
    case "link":
      throw new Error(`The form of "${name}" (a link) is the area's own: pass it in \`custom\`.`);
  }
}

/** The declared fields' controls, in declaration order with long texts last (`shownOrder`). */
export function DeclaredFormFields({ fields, custom = {}, ...props }: Props) {
  // The choices other fields are shown by (`shownWhen`), as the user changes them.
  const [chosen, setChosen] = useState(() =>
    Object.fromEntries(
      Object.values(fields).flatMap((field) =>
        field.shownWhen ? [[field.shownWhen.field, props.value(field.shownWhen.field)]] : [],
      ),
    ),
  );
  const isShown = (field: Field) =>
    !field.shownWhen || field.shownWhen.is.includes(chosen[field.shownWhen.field] ?? "");
  const blocks: ReactNode[] = [];
  let half: ReactNode[] = [];
  const closeHalfRow = () => {
    if (half.length)
      blocks.push(
        <div key={`row-${blocks.length}`} className="grid gap-4 sm:grid-cols-2">
          {half}
        </div>,
      );
    half = [];
  };
  for (const [name, field] of shownOrder(fields)) {
    if (!isShown(field)) continue;
    const onPick =
      name in chosen ? (value: string) => setChosen((before) => ({ ...before, [name]: value })) : undefined;
    const control =
      name in custom ? (
        custom[name]
      ) : (
        <FieldControl key={name} name={name} field={field} {...props} {...(onPick ? { onPick } : {})} />
      );
    if (control === null) continue;
    if (field.half && !(name in custom)) {
      half.push(control);
      if (half.length === 2) closeHalfRow();
      continue;
    }
    closeHalfRow();
    blocks.push(
      <div key={name} className="contents">
        {control}
      </div>,
    );
  }
  closeHalfRow();
  return <>{blocks}</>;
}
