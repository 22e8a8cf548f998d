import { SelectField as LabelledSelect } from "@/components/ui/form-field";

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

/** A labelled native select of entries, with an empty first choice and field-level errors. */
export function SelectField({ label, name, options, value, emptyLabel, errors, required }: Props) {
  return (
    <LabelledSelect
      label={label}
      name={name}
      errors={errors}
      defaultValue={value}
      required={required}
      className="max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600"
    >
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </LabelledSelect>
  );
}
