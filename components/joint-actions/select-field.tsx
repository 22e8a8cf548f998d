import { FormField, selectClassName } from "@/components/ui/form-field";

type Props = {
  label: string;
  name: string;
  options: { id: string; label: string }[];
  value: string;
  /** The empty first choice ("None", "Choose…"). */
  emptyLabel: string;
  errors?: string[] | undefined;
  required?: boolean;
};

/** A labelled native select with an empty first choice and field-level errors. */
export function SelectField({ label, name, options, value, emptyLabel, errors, required }: Props) {
  return (
    <FormField label={label} name={name} errors={errors}>
      <select
        id={name}
        name={name}
        defaultValue={value}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${name}-errors` : undefined}
        className={`${selectClassName} max-w-full`}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}
