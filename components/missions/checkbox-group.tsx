import type { Option } from "@/lib/reference/options";
import { FieldErrors } from "@/components/ui/form-field";

/**
 * A multi-choice as a group of checkboxes (works with the keyboard and screen readers, unlike a
 * native multiple select), for the short fixed lists: sectors, objectives. The submitted values
 * share `name`; `chosen` is the comma-separated ids.
 */
export function CheckboxGroup({
  legend,
  name,
  options,
  chosen,
  hint,
  errors,
}: {
  legend: string;
  name: string;
  options: Option[];
  chosen: string | undefined;
  hint?: string;
  errors?: string[] | undefined;
}) {
  const chosenIds = new Set((chosen ?? "").split(",").filter(Boolean));
  const describedBy =
    [hint ? `${name}-hint` : null, errors?.length ? `${name}-errors` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="grid max-h-64 grid-cols-1 gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((option) => (
          <label key={option.id} className="flex items-start gap-2 py-1 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.id}
              defaultChecked={chosenIds.has(option.id)}
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
