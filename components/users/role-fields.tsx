import { useTranslations } from "next-intl";
import { FormField, selectClassName } from "@/components/ui/form-field";
import { roles } from "@/lib/auth/schemas";
import type { FieldErrors } from "@/lib/action-result";
import { defaultRoleForNewUser } from "@/lib/policy";

type Props = {
  partners: { id: string; name: string }[];
  role?: string | undefined;
  partnerId?: string | null | undefined;
  errors?: FieldErrors | undefined;
};

/** Role and organisation selects, shared by the create and edit forms. */
export function RoleFields({ partners, role, partnerId, errors }: Props) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  return (
    <>
      <FormField label={t("role")} name="role" errors={errors?.role}>
        <select
          id="role"
          name="role"
          defaultValue={role ?? defaultRoleForNewUser}
          className={selectClassName}
          aria-invalid={errors?.role ? true : undefined}
        >
          {roles.map((value) => (
            <option key={value} value={value}>
              {tRoles(value)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t("organisation")} name="partnerId" hint={t("organisationHint")} errors={errors?.partnerId}>
        <select
          id="partnerId"
          name="partnerId"
          defaultValue={partnerId ?? ""}
          className={selectClassName}
          aria-invalid={errors?.partnerId ? true : undefined}
          aria-describedby="partnerId-hint"
        >
          <option value="">{t("noOrganisation")}</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </FormField>
    </>
  );
}
