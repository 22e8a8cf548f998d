"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { OptionKind, PickerOption } from "@/lib/records/option-query";
import { useOptionSearch } from "./use-option-search";

export type OptionComboboxProps = {
  kind: OptionKind;
  /** The text input's id, for the <label htmlFor> the caller renders. */
  inputId: string;
  /** What the field holds now; its label fills the input when nobody is typing. */
  selected: PickerOption | null;
  onSelect: (option: PickerOption | null) => void;
  /** Shown when nothing is chosen ("Tous", "Aucune"). */
  placeholder: string;
  /** The field's name in the clear button's label ("Effacer Partenaire"). */
  fieldLabel: string;
  invalid?: boolean;
  describedBy?: string | undefined;
};

/**
 * An editable combobox with a list popup (WAI-ARIA 1.2 combobox pattern): typing searches the
 * server (debounced); ↓/↑ move through the matches, Home/End jump to the first and last while the
 * list is open, Enter chooses, Escape closes and puts back the chosen label. Focus stays in the
 * input; the active option is announced through aria-activedescendant.
 */
export function OptionCombobox({
  kind,
  inputId,
  selected,
  onSelect,
  placeholder,
  fieldLabel,
  invalid,
  describedBy,
}: OptionComboboxProps) {
  const t = useTranslations("records.picker");
  const listboxId = useId();
  const statusId = useId();
  const [chosen, setChosen] = useState(selected);
  // What the person typed since opening the list; null while the input shows the chosen label.
  const [typed, setTyped] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const { status, options } = useOptionSearch(kind, typed ?? "", isOpen);
  const visible = status === "ready" ? options : [];
  const active = visible[activeIndex];
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  useEffect(() => {
    if (active) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: "nearest" });
  });

  const close = () => {
    setIsOpen(false);
    setTyped(null);
    setActiveIndex(-1);
  };
  const choose = (option: PickerOption | null) => {
    setChosen(option);
    close();
    if (option?.id !== chosen?.id) onSelect(option);
  };
  const move = (index: number) => {
    if (!isOpen) setIsOpen(true);
    if (visible.length > 0) setActiveIndex(Math.max(0, Math.min(index, visible.length - 1)));
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = visible.length - 1;
    const keys: Record<string, () => void> = {
      ArrowDown: () => (event.altKey ? setIsOpen(true) : move(activeIndex < last ? activeIndex + 1 : 0)),
      ArrowUp: () => move(activeIndex > 0 ? activeIndex - 1 : last),
      Enter: () => active && choose(active),
      Escape: () => close(),
      ...(isOpen && visible.length > 0 ? { Home: () => move(0), End: () => move(last) } : {}),
    };
    const handle = keys[event.key];
    // Enter submits the form only when the list is closed; Escape leaves the dialog/page alone only when it closes the list.
    if (!handle || ((event.key === "Enter" || event.key === "Escape") && !isOpen)) return;
    event.preventDefault();
    handle();
  }

  return (
    <div className="relative">
      <div className="flex items-stretch">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={isOpen}
          aria-controls={listboxId}
          aria-activedescendant={isOpen && active ? optionId(activeIndex) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={[statusId, describedBy].filter(Boolean).join(" ")}
          placeholder={placeholder}
          value={typed ?? chosen?.label ?? ""}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            setIsOpen(true);
            setActiveIndex(-1);
          }}
          onClick={() => setIsOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={close}
          className="w-full min-w-48 rounded-l-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 aria-invalid:border-red-600"
        />
        <button
          type="button"
          onClick={() => choose(null)}
          disabled={!chosen}
          aria-label={t("clear", { field: fieldLabel })}
          className="rounded-r-md border border-l-0 border-slate-300 bg-white px-2 text-slate-600 hover:bg-slate-100 disabled:text-slate-300"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div
        hidden={!isOpen}
        className="absolute z-20 mt-1 w-full min-w-64 rounded-md border border-slate-200 bg-white shadow-lg"
      >
        <ul
          id={listboxId}
          role="listbox"
          aria-label={fieldLabel}
          hidden={visible.length === 0}
          className="max-h-72 overflow-y-auto py-1"
        >
          {visible.map((option, index) => (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              // mousedown would take the focus from the input (and close the list) before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              onMouseMove={() => setActiveIndex(index)}
              className={`cursor-pointer px-3 py-1.5 text-sm ${index === activeIndex ? "bg-brand-600 text-white" : "text-slate-900"}`}
            >
              {option.label}
              {option.hint ? (
                <span className={`ml-2 text-xs ${index === activeIndex ? "text-white" : "text-slate-600"}`}>
                  {option.hint}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        <p id={statusId} role="status" className={visible.length > 0 ? "sr-only" : "px-3 py-2 text-sm text-slate-600"}>
          {!isOpen
            ? ""
            : status === "loading"
              ? t("loading")
              : status === "error"
                ? t("error")
                : visible.length === 0
                  ? t("noMatch")
                  : t("results", { count: visible.length })}
        </p>
      </div>
    </div>
  );
}
