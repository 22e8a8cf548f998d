import { useTranslations } from "next-intl";
import type { ConflictField } from "@/lib/action-result";

/**
 * Shown when a save was refused because someone else saved first: what they changed (each field's
 * value now), above the form, which still holds what this user typed. Field names are labels the
 * caller already translated.
 */
export function ConflictNotice({
  conflict,
  labels,
}: {
  conflict: ConflictField[] | undefined;
  labels: Record<string, string>;
}) {
  const t = useTranslations("conflict");
  if (!conflict) return null;
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="conflict-title" className="font-medium">
        {t("title")}
      </h2>
      <p className="mt-1">{t("body")}</p>
      {conflict.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {conflict.map((change) => (
            <li key={change.field}>
              {t("field", { field: labels[change.field] ?? change.field, current: change.current || "—" })}
            </li>
          ))}
        </ul>
      ) : null}
      <a href="" className="mt-2 inline-block font-medium underline">
        {t("reload")}
      </a>
    </section>
  );
}
