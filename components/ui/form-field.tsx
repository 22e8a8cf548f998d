import type { InputHTMLAttributes, ReactNode } from "react";

type FieldProps = {
  label: string;
  name: string;
  errors?: string[] | undefined;
  hint?: string;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with its hint and field-level errors, announced to screen readers. */
export function FormField({ label, name, errors, hint, children, ...input }: FieldProps) {
  const describedBy =
    [hint ? `${name}-hint` : null, errors?.length ? `${name}-errors` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      {children ?? (
        <input
          id={name}
          name={name}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
          {...input}
        />
      )}
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul id={`${name}-errors`} className="text-sm text-red-700">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Shared look of native selects next to FormField inputs. */
export const selectClassName = "rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600";
