import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Form controls with the look and the accessible error wiring of components/ui/form-field.tsx.

const controlClassName = "rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600";

function describedBy(name: string, hint: string | undefined, errors: string[] | undefined): string | undefined {
  return (
    [hint ? `${name}-hint` : null, errors?.length ? `${name}-errors` : null].filter(Boolean).join(" ") || undefined
  );
}

type Common = { label: string; name: string; errors?: string[] | undefined; hint?: string };

function Hint({ name, hint }: { name: string; hint: string | undefined }) {
  return hint ? (
    <p id={`${name}-hint`} className="text-xs text-slate-600">
      {hint}
    </p>
  ) : null;
}

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

export function SelectField({
  label,
  name,
  errors,
  hint,
  children,
  ...select
}: Common & { children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <select
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={controlClassName}
        {...select}
      >
        {children}
      </select>
      <Hint name={name} hint={hint} />
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  errors,
  hint,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        rows={4}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={controlClassName}
        {...textarea}
      />
      <Hint name={name} hint={hint} />
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

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
        <label htmlFor={name} className="text-sm font-medium text-slate-900">
          {label}
        </label>
      </div>
      <Hint name={name} hint={hint} />
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}
