import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// The labelled form controls of the app, one of each: an input, a select, a multi-line text and a
// checkbox, each with its hint and field-level errors wired to it for screen readers
// (aria-describedby, aria-invalid). The control's id is the field's name.

type Common = { label: string; name: string; errors?: string[] | undefined; hint?: string | undefined };

/** Shared look of native selects and text areas next to FormField inputs. */
export const selectClassName = "rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600";
export const inputClassName = "rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600";
const labelClassName = "text-sm font-medium text-slate-900";

/** The ids of what describes the control of `name`: its hint, its errors. */
export function describedBy(name: string, hint: string | undefined, errors: string[] | undefined): string | undefined {
  return (
    [hint ? `${name}-hint` : null, errors?.length ? `${name}-errors` : null].filter(Boolean).join(" ") || undefined
  );
}

const invalid = (errors: string[] | undefined) => (errors?.length ? true : undefined);

export function Hint({ name, hint }: { name: string; hint: string | undefined }) {
  return hint ? (
    <p id={`${name}-hint`} className="text-xs text-slate-600">
      {hint}
    </p>
  ) : null;
}

/** The errors of the field `name` (a row's field, or a whole list), announced with its control. */
export function FieldErrors({ name, errors }: { name: string; errors?: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <ul id={`${name}-errors`} className="text-sm text-red-700">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

/** A labelled input (or the control given as `children`) with its hint and field-level errors. */
export function FormField({
  label,
  name,
  errors,
  hint,
  children,
  ...input
}: Common & { children?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className={labelClassName}>
        {label}
      </label>
      {children ?? (
        <input
          id={name}
          name={name}
          aria-invalid={invalid(errors)}
          aria-describedby={describedBy(name, hint, errors)}
          className={inputClassName}
          {...input}
        />
      )}
      <Hint name={name} hint={hint} />
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

/** A labelled native select; its options are the children. */
export function SelectField({
  label,
  name,
  errors,
  hint,
  children,
  ...select
}: Common & { children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FormField label={label} name={name} errors={errors} hint={hint}>
      <select
        id={name}
        name={name}
        aria-invalid={invalid(errors)}
        aria-describedby={describedBy(name, hint, errors)}
        className={selectClassName}
        {...select}
      >
        {children}
      </select>
    </FormField>
  );
}

/** A labelled multi-line text. */
export function TextAreaField({
  label,
  name,
  errors,
  hint,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FormField label={label} name={name} errors={errors} hint={hint}>
      <textarea
        id={name}
        name={name}
        rows={4}
        aria-invalid={invalid(errors)}
        aria-describedby={describedBy(name, hint, errors)}
        className={selectClassName}
        {...textarea}
      />
    </FormField>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({ label, name, errors, hint, defaultChecked }: Common & { defaultChecked?: boolean }) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <input
          id={name}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-describedby={describedBy(name, hint, errors)}
          className="size-4 accent-brand-600"
        />
        <label htmlFor={name} className={labelClassName}>
          {label}
        </label>
      </div>
      <Hint name={name} hint={hint} />
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}
