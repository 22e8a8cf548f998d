"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/users/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { RoleFields } from "./role-fields";
import { TemporaryPassword } from "./temporary-password";
import { maxEmailLength, maxUserNameLength } from "@/lib/auth/limits";

export function CreateUserForm({ partners }: { partners: { id: string; name: string }[] }) {
  const t = useTranslations("users");
  const [result, action, formKey] = useFormAction(createUserAction);
  if (result?.ok) {
    return (
      <div className="flex max-w-md flex-col gap-4">
        <TemporaryPassword name={result.data.name} password={result.data.temporaryPassword} />
        <Link href={`/admin/users/${result.data.id}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </div>
    );
  }
  const values = result?.values;
  const errors = result?.fieldErrors;
  return (
    <form key={formKey} action={action} className="flex max-w-md flex-col gap-4">
      <FormMessage result={result} />
      <FormField
        label={t("name")}
        name="name"
        required
        maxLength={maxUserNameLength}
        autoComplete="off"
        defaultValue={values?.name}
        errors={errors?.name}
      />
      <FormField
        label={t("email")}
        name="email"
        type="email"
        required
        maxLength={maxEmailLength}
        autoComplete="off"
        defaultValue={values?.email}
        errors={errors?.email}
      />
      <RoleFields partners={partners} role={values?.role} partnerId={values?.partnerId} errors={errors} />
      <div>
        <SubmitButton label={t("create")} pendingLabel={t("creating")} />
      </div>
    </form>
  );
}
