"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/ui/form-field";

type RepeatingRowsProps<TRow> = {
  /** The section's field-name prefix ("partners"); also the field its own errors are reported under. */
  section: string;
  /** The rows to show, as last given by the page or sent back by the server. */
  rows: TRow[];
  addLabel: string;
  /** The accessible name of row `number` (1-based), e.g. "Partenaire 2". */
  rowLabel: (number: number) => string;
  /** The inputs of the row shown at `index`, named `${section}.${index}.<field>`, prefilled from `defaults`. */
  renderRow: (index: number, defaults: TRow | undefined) => ReactNode;
  /** Called once rows were added or removed (after the page shows it). */
  onRowsChange?: () => void;
  errors?: string[] | undefined;
  footer?: ReactNode;
};

type Entry<TRow> = { key: string; defaults: TRow | undefined };

const entriesFor = <TRow,>(rows: TRow[], generation: number): Entry<TRow>[] =>
  rows.map((defaults, index) => ({ key: `${generation}:${index}`, defaults }));

/**
 * Rows the user adds and removes (partners, participants, agenda lines). Inputs are uncontrolled
 * and named by position, so removing a row renumbers the ones after it and the server reads the
 * rows in the order shown; each row keeps its own prefilled values. New `rows` from the server
 * (the form sent back after a refusal) replace the rows. A new row gets the focus; removing one
 * gives it to the add button.
 */
export function RepeatingRows<TRow>({
  section,
  rows,
  addLabel,
  rowLabel,
  renderRow,
  onRowsChange,
  errors,
  footer,
}: RepeatingRowsProps<TRow>) {
  const t = useTranslations("missions.rows");
  const [state, setState] = useState(() => ({ rows, generation: 0, added: 0, entries: entriesFor(rows, 0) }));
  if (state.rows !== rows) {
    // Adjusting state to new props during render (React's documented pattern), not in an effect.
    const generation = state.generation + 1;
    setState({ rows, generation, added: 0, entries: entriesFor(rows, generation) });
  }
  const focusTarget = useRef<"newRow" | "addButton" | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const entries = state.entries;

  useEffect(() => {
    if (focusTarget.current === "newRow")
      list.current?.lastElementChild?.querySelector<HTMLElement>("input:not([type=hidden]), select")?.focus();
    if (focusTarget.current === "addButton") addButton.current?.focus();
    if (focusTarget.current) onRowsChange?.();
    focusTarget.current = null;
  }, [entries, onRowsChange]);

  const add = () => {
    focusTarget.current = "newRow";
    setState((current) => ({
      ...current,
      added: current.added + 1,
      entries: [...current.entries, { key: `${current.generation}:new${current.added}`, defaults: undefined }],
    }));
  };
  const remove = (key: string) => {
    focusTarget.current = "addButton";
    setState((current) => ({ ...current, entries: current.entries.filter((entry) => entry.key !== key) }));
  };

  return (
    <div className="flex flex-col gap-3">
      {entries.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
      <ol ref={list} className="flex flex-col gap-3">
        {entries.map((entry, index) => (
          <li key={entry.key}>
            <fieldset className="rounded-md border border-slate-200 bg-slate-50 p-3">
              <legend className="px-1 text-sm font-medium text-slate-700">{rowLabel(index + 1)}</legend>
              <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
                {renderRow(index, entry.defaults)}
                <button
                  type="button"
                  onClick={() => remove(entry.key)}
                  aria-label={t("removeRow", { row: rowLabel(index + 1) })}
                  className="self-start rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100 sm:mt-6"
                >
                  {t("remove")}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <FieldErrors name={section} errors={errors} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button
          ref={addButton}
          type="button"
          onClick={add}
          className="rounded-md border border-brand-600 bg-white px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          {addLabel}
        </button>
        {footer}
      </div>
    </div>
  );
}
