"use client";

import { useTranslations } from "next-intl";
import { DeclaredRecordForm } from "@/components/records/declared-record-form";
import { SelectField } from "@/components/ui/form-field";
import { createCostAction, updateCostAction } from "@/lib/missions/costs/actions";
import { costFields } from "@/lib/missions/costs/fields";

/**
 * Adds a cost line to a mission, or edits one (`initial`: its values as text, with the id and
 * version it edits). The payer is the Métropole or one of `partners`, the mission's.
 */
export function CostForm({
  missionId,
  partners,
  initial,
}: {
  missionId: string;
  partners: { id: string; label: string }[];
  initial?: Record<string, string>;
}) {
  const t = useTranslations("missions.costs");
  return (
    <DeclaredRecordForm
      namespace="missions.costs"
      fields={costFields}
      create={createCostAction}
      update={updateCostAction}
      hidden={{ missionId }}
      {...(initial ? { initial } : {})}
      custom={(value, errors) => ({
        payerPartnerId: (
          <SelectField
            label={t("fields.payerPartnerId")}
            name="payerPartnerId"
            defaultValue={value("payerPartnerId")}
            hint={t("hints.payerPartnerId")}
            errors={errors?.payerPartnerId}
          >
            <option value="">{t("metropole")}</option>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.label}
              </option>
            ))}
          </SelectField>
        ),
      })}
    />
  );
}
