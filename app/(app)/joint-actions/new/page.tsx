import { getTranslations } from "next-intl/server";
import { JointActionForm } from "@/components/joint-actions/joint-action-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { jointActionFormOptions } from "@/lib/joint-actions/form-options";

export async function generateMetadata() {
  return { title: (await getTranslations("jointActions"))("createTitle") };
}

export default async function NewJointActionPage() {
  const user = await requireCapability("jointActions.log");
  const [t, options] = await Promise.all([getTranslations("jointActions"), jointActionFormOptions(user)]);
  return (
    <SubPage back={{ href: "/joint-actions", label: t("back") }} title={t("createTitle")}>
      <JointActionForm options={options} cancelHref="/joint-actions" />
    </SubPage>
  );
}
