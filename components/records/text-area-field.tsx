import type { TextareaHTMLAttributes } from "react";

type Props = {
  label: string;
  name: string;
  errors?: string[] | undefined;
} & TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line text with its field-level errors: FormField's look for long texts. */
export function TextAreaField({ label, name, errors, ...textarea }: Props) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        rows={5}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${name}-errors` : undefined}
        className="rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
        {...textarea}
      />
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
