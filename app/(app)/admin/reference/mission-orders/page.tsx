import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { MissionOrderRuleForm } from "@/components/reference/mission-order-rule-form";
import { requireCapability } from "@/lib/auth";
import { editFormValuesOf } from "@/lib/records/form-schema";
import { missionOrderRuleFields } from "@/lib/reference/mission-order-rule/fields";
import { getMissionOrderRule } from "@/lib/reference/mission-order-rule/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.missionOrders"))("title") };
}

/** The cap on a mission order's validity (decision 025), kept by administrators with its source. */
export default async function MissionOrdersPage() {
  await requireCapability("codeLists.manage");
  const [rule, t, tAdmin] = await Promise.all([
    getMissionOrderRule(),
    getTranslations("reference.missionOrders"),
    getTranslations("reference.admin"),
  ]);
  return (
    <SubPage
      back={{ href: "/admin/reference", label: tAdmin("back") }}
      title={t("title")}
      description={t("description")}
    >
      <p className="mb-4 max-w-prose font-medium text-slate-800">
        {rule.maxValidityMonths === null
          ? t("noCap")
          : t("current", { months: rule.maxValidityMonths, source: rule.source })}
      </p>
      <div className="max-w-2xl">
        <MissionOrderRuleForm initial={editFormValuesOf(missionOrderRuleFields, rule)} />
      </div>
    </SubPage>
  );
}
