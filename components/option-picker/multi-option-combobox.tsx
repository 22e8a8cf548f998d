"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { OptionKind, PickerOption } from "@/lib/records/option-query";
import {
  closeList,
  highlight,
  initialMultiPickerState,
  isChosen,
  openList,
  pressKey,
  removeChosen,
  toggleChosen,
  typeSearch,
  type MultiPickerState,
} from "./multi-picker-state";
import { useOptionSearch } from "./use-option-search";

export type MultiOptionComboboxProps = {
  kind: OptionKind;
  /** The text input's id, for the <label htmlFor> the caller renders. */
  inputId: string;
  /** The entries chosen when the field opens, labels included. */
  initial: PickerOption[];
  /** Told of every change, with every entry now chosen. */
  onChange: (chosen: PickerOption[]) => void;
  /** The field's name, for the list's and the chips' accessible names. */
  fieldLabel: string;
  invalid?: boolean;
  describedBy?: string | undefined;
};

/**
 * A multi-choice over a long list (WAI-ARIA 1.2 combobox with a multi-selectable listbox popup):
 * typing searches the server (use-option-search.ts); ↓/↑ move through the matches, Home/End jump
 * to the ends while the list is open, Enter adds the highlighted match (or removes it if it was
 * chosen) and closes the list, Escape closes, Backspace in the empty input removes the last entry. The chosen entries
 * are buttons that remove themselves. Focus stays in the input; keys are in multi-picker-state.ts.
 */
export function MultiOptionCombobox({
  kind,
  inputId,
  initial,
  onChange,
  fieldLabel,
  invalid,
  describedBy,
}: MultiOptionComboboxProps) {
  const t = useTranslations("records.picker");
  const listboxId = useId();
  const statusId = useId();
  const summaryId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState(() => initialMultiPickerState(initial));
  const { status, options } = useOptionSearch(kind, state.typed, state.isOpen);
  const visible = status === "ready" ? options : [];
  const active = visible[state.activeIndex];
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  useEffect(() => {
    if (active) document.getElementById(optionId(state.activeIndex))?.scrollIntoView({ block: "nearest" });
  });

  const apply = (next: MultiPickerState) => {
    setState(next);
    if (next.chosen !== state.chosen) onChange(next.chosen);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const next = pressKey(state, event.key, visible, event.altKey);
    if (!next) return;
    event.preventDefault();
    apply(next);
  }

  const searchStatus = !state.isOpen
    ? ""
    : status === "loading"
      ? t("loading")
      : status === "error"
        ? t("error")
        : visible.length === 0
          ? t("noMatch")
          : t("multiResults", { count: visible.length });
  const labels = state.chosen.map((option) => option.label).join(", ");
  return (
    <div className="flex flex-col gap-2">
      {state.chosen.length > 0 ? (
        <ul aria-label={t("chosenList", { field: fieldLabel })} className="flex flex-wrap gap-2">
          {state.chosen.map((option) => (
            <li key={option.id}>
              <button
                type="button"
                aria-label={t("remove", { item: option.label })}
                onClick={() => {
                  apply(removeChosen(state, option.id));
                  // The button goes away with its entry: the search field keeps the focus in the field.
                  input.current?.focus();
                }}
                className="inline-flex items-center gap-1.5 rounded-full border border-brand-100 bg-brand-50 py-1 pr-2 pl-3 text-sm text-brand-900 hover:border-brand-600"
              >
                {option.label}
                <span aria-hidden="true" className="text-brand-700">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="relative">
        <input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={state.isOpen}
          aria-controls={listboxId}
          aria-activedescendant={state.isOpen && active ? optionId(state.activeIndex) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={[summaryId, statusId, describedBy].filter(Boolean).join(" ")}
          placeholder={t(`search.${kind}`)}
          value={state.typed}
          onChange={(event) => apply(typeSearch(state, event.currentTarget.value))}
          onClick={() => apply(openList(state))}
          onKeyDown={onKeyDown}
          onBlur={() => apply(closeList(state))}
          className="w-full min-w-48 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 aria-invalid:border-red-600"
        />
        <div
          hidden={!state.isOpen}
          className="absolute z-20 mt-1 w-full min-w-64 rounded-md border border-slate-200 bg-white shadow-lg"
        >
          <ul
            id={listboxId}
            role="listbox"
            aria-multiselectable="true"
            aria-label={fieldLabel}
            hidden={visible.length === 0}
            className="max-h-72 overflow-y-auto py-1"
          >
            {visible.map((option, index) => {
              const isActive = index === state.activeIndex;
              const selected = isChosen(state, option.id);
              return (
                <li
                  key={option.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={selected}
                  // mousedown would take the focus from the input (and close the list) before the click.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => apply(toggleChosen(state, option))}
                  onMouseMove={() => (isActive ? undefined : setState(highlight(state, index)))}
                  className={`flex cursor-pointer items-baseline gap-2 px-3 py-1.5 text-sm ${isActive ? "bg-brand-600 text-white" : "text-slate-900"}`}
                >
                  <span aria-hidden="true" className="w-4 shrink-0">
                    {selected ? "✓" : ""}
                  </span>
                  <span>
                    {option.label}
                    {option.hint ? (
                      <span className={`ml-2 text-xs ${isActive ? "text-white" : "text-slate-600"}`}>
                        {option.hint}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
          <p
            id={statusId}
            role="status"
            className={visible.length > 0 ? "sr-only" : "px-3 py-2 text-sm text-slate-600"}
          >
            {searchStatus}
          </p>
        </div>
      </div>
      <p id={summaryId} className="sr-only">
        {labels ? t("selection", { items: labels }) : t("noSelection")}
      </p>
      <p role="status" className="sr-only">
        {state.change ? t(state.change.kind, { item: state.change.label }) : ""}
      </p>
    </div>
  );
}
