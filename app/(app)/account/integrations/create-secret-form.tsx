"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { maxTokenNameLength } from "@/lib/api/token-schemas";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { CreatedSecret } from "@/lib/account/actions";
import { SecretReveal } from "./secret-reveal";

type CreateAction = (
  previous: ActionResult<CreatedSecret> | null,
  formData: FormData,
) => Promise<ActionResult<CreatedSecret>>;

/**
 * Names a new API token or feed address, then shows its secret once above an emptied form. The
 * page has two of these, so field ids carry the kind (FormField would name both "name").
 */
export function CreateSecretForm({ kind, action }: { kind: "tokens" | "feeds"; action: CreateAction }) {
  const t = useTranslations("integrations");
  const [result, formAction, formKey] = useFormAction(action);
  const failure = result && !result.ok ? result : null;
  const errors = failure?.fieldErrors?.name;
  const fieldId = `${kind}-name`;
  const describedBy = [`${fieldId}-hint`, errors?.length ? `${fieldId}-errors` : null].filter(Boolean).join(" ");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      {result?.ok ? (
        <SecretReveal
          key={formKey}
          id={`${kind}-secret`}
          title={t(`${kind}.createdTitle`, { name: result.data.name })}
          label={t(`${kind}.secretLabel`)}
          secret={result.data.secret}
          shownOnce={t(`${kind}.shownOnce`)}
          hint={kind === "tokens" ? t("tokens.usage") : undefined}
        />
      ) : null}
      <form
        key={formKey}
        action={formAction}
        aria-labelledby={`${kind}-create-title`}
        className="flex max-w-md flex-col gap-4"
      >
        <h3 id={`${kind}-create-title`} className="font-medium">
          {t(`${kind}.createTitle`)}
        </h3>
        <FormMessage result={failure} />
        <div className="flex flex-col gap-1">
          <label htmlFor={fieldId} className="text-sm font-medium text-slate-900">
            {t("name")}
          </label>
          <input
            id={fieldId}
            name="name"
            required
            maxLength={maxTokenNameLength}
            autoComplete="off"
            placeholder={t(`${kind}.namePlaceholder`)}
            defaultValue={failure?.values?.name}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={describedBy}
            className="rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
          />
          <p id={`${fieldId}-hint`} className="text-xs text-slate-600">
            {t("nameHint")}
          </p>
          {errors?.length ? (
            <ul id={`${fieldId}-errors`} className="text-sm text-red-700">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <div>
          <SubmitButton label={t(`${kind}.create`)} pendingLabel={t(`${kind}.creating`)} />
        </div>
      </form>
    </div>
  );
}
