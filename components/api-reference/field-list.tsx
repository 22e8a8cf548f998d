import { Prose } from "./prose";
import type { ReferenceField } from "./reference-model";

type Labels = { required: string; optional: string; location: (location: string) => string };

/** Parameters or body fields: name, type, whether required, where, and what it means. Wraps on phones. */
export function FieldList({ title, fields, labels }: { title: string; fields: ReferenceField[]; labels: Labels }) {
  return (
    <div className="mt-4">
      <h4 className="text-sm font-semibold text-slate-800">{title}</h4>
      <ul className="mt-1 divide-y divide-slate-100 text-sm">
        {fields.map((field) => (
          <li key={`${field.location ?? "body"}-${field.name}`} className="py-2">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <code className="font-semibold text-slate-900 [overflow-wrap:anywhere]">{field.name}</code>
              <span className="font-mono text-xs text-slate-700 [overflow-wrap:anywhere]">{field.type}</span>
              <span className={field.required ? "text-xs font-medium text-amber-900" : "text-xs text-slate-600"}>
                {field.required ? labels.required : labels.optional}
                {field.location ? ` · ${labels.location(field.location)}` : ""}
              </span>
            </p>
            {field.description ? (
              <p className="mt-0.5 text-slate-700">
                <Prose text={field.description} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
