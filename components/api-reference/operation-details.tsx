import { getTranslations } from "next-intl/server";
import { FieldList } from "./field-list";
import { Prose } from "./prose";
import type { ReferenceOperation } from "./reference-model";

const methodColours: Record<string, string> = {
  GET: "bg-emerald-100 text-emerald-900",
  POST: "bg-sky-100 text-sky-900",
  PUT: "bg-amber-100 text-amber-900",
  DELETE: "bg-red-100 text-red-900",
};

/** One operation of the API, as the OpenAPI document describes it. */
export async function OperationDetails({ operation }: { operation: ReferenceOperation }) {
  const t = await getTranslations("apiReference.operation");
  const labels = {
    required: t("required"),
    optional: t("optional"),
    location: (location: string) => t("location", { location }),
  };
  const headingId = `operation-${operation.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h3 id={headingId} className="flex flex-wrap items-baseline gap-2 text-base font-semibold text-slate-900">
        <span
          className={`rounded px-2 py-0.5 font-mono text-xs font-bold ${methodColours[operation.method] ?? "bg-slate-100 text-slate-900"}`}
        >
          {operation.method}
        </span>{" "}
        <code className="[overflow-wrap:anywhere]">{operation.path}</code>
      </h3>
      <p className="mt-2 text-slate-800">
        <Prose text={operation.summary} />
      </p>
      {operation.description ? (
        <p className="mt-1 text-sm text-slate-700">
          <Prose text={operation.description} />
        </p>
      ) : null}
      {operation.parameters.length > 0 ? (
        <FieldList title={t("parameters")} fields={operation.parameters} labels={labels} />
      ) : null}
      {operation.body ? (
        <FieldList
          title={operation.body.required ? t("bodyRequired") : t("bodyOptional")}
          fields={operation.body.fields}
          labels={labels}
        />
      ) : null}
      <div className="mt-4">
        <h4 className="text-sm font-semibold text-slate-800">{t("responses")}</h4>
        <ul className="mt-1 flex flex-col gap-1 text-sm">
          {operation.responses.map((response) => (
            <li key={response.status}>
              <span className="font-mono font-semibold">{response.status}</span>{" "}
              {response.problem ? (
                <a href={`#problem-${response.problem}`} className="text-brand-700 underline">
                  {response.description}
                </a>
              ) : (
                <span className="text-slate-700">
                  <Prose text={response.description} />
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
