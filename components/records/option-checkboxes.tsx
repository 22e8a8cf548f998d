import { describedBy, FieldErrors } from "@/components/ui/form-field";

/** One choice of a checkbox group. */
export type CheckboxOption = { id: string; label: string };

type Props = {
  name: string;
  legend: string;
  options: CheckboxOption[];
  selected: string[];
  errors?: string[] | undefined;
  /** Shown when there is nothing to choose from. */
  emptyLabel: string;
};

/**
 * A multi-select as a group of native checkboxes, for short fixed lists (sectors, objectives):
 * labelled by its legend, reachable with Tab and toggled with Space, and posted as repeated form
 * fields. Long lists (partners, destinations) use the searchable multi-option-picker-field.tsx.
 */
export function OptionCheckboxes({ name, legend, options, selected, errors, emptyLabel }: Props) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy(name, undefined, errors)}>
      <legend className="mb-1 text-sm font-medium text-slate-900">{legend}</legend>
      {options.length === 0 ? <p className="text-sm text-slate-600">{emptyLabel}</p> : null}
      <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.id}
              defaultChecked={selected.includes(option.id)}
              className="mt-0.5 size-4 accent-brand-600"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors name={name} errors={errors} />
    </fieldset>
  );
}
