"use client";

import { useTranslations } from "next-intl";
import { DeclaredRecordForm } from "@/components/records/declared-record-form";
import { updateMissionOrderRuleAction } from "@/lib/reference/mission-order-rule/actions";
import { missionOrderRuleFields } from "@/lib/reference/mission-order-rule/fields";

/** The one mission order rule, edited in place (`initial`: its values as text, with its id and version). */
export function MissionOrderRuleForm({ initial }: { initial: Record<string, string> }) {
  const t = useTranslations("reference.missionOrders");
  return (
    <DeclaredRecordForm
      namespace="reference.missionOrders"
      fields={missionOrderRuleFields}
      // The rule always exists: there is nothing to create.
      create={updateMissionOrderRuleAction}
      update={updateMissionOrderRuleAction}
      initial={initial}
      success={t("saved")}
    />
  );
}
