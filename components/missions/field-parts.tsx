import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { selectClassName } from "@/components/ui/form-field";

// Labelled controls the mission form needs beyond components/ui/form-field.tsx (which renders
// inputs): a select, a text area, and the error list they share. Ids are the field names.

export function FieldErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="text-sm text-red-700">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

const describedBy = (name: string, errors: string[] | undefined, hint?: string) =>
  [hint ? `${name}-hint` : null, errors?.length ? `${name}-errors` : null].filter(Boolean).join(" ") || undefined;

type SelectFieldProps = {
  label: string;
  name: string;
  errors?: string[] | undefined;
  children: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>;

export function SelectField({ label, name, errors, children, ...select }: SelectFieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <select
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors)}
        className={selectClassName}
        {...select}
      >
        {children}
      </select>
      <FieldErrors id={`${name}-errors`} errors={errors} />
    </div>
  );
}

type TextAreaFieldProps = {
  label: string;
  name: string;
  hint?: string;
  errors?: string[] | undefined;
} & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ label, name, hint, errors, ...textarea }: TextAreaFieldProps) {
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
        aria-describedby={describedBy(name, errors, hint)}
        className="rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
        {...textarea}
      />
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${name}-errors`} errors={errors} />
    </div>
  );
}
