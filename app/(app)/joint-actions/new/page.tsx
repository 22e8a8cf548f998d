import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JointActionForm } from "@/components/joint-actions/joint-action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { jointActionFormOptions } from "@/lib/joint-actions/form-options";

export async function generateMetadata() {
  return { title: (await getTranslations("jointActions"))("createTitle") };
}

export default async function NewJointActionPage() {
  const user = await requireCapability("jointActions.log");
  const [t, options] = await Promise.all([getTranslations("jointActions"), jointActionFormOptions(user)]);
  return (
    <>
      <Link href="/joint-actions" className="mb-4 inline-block text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("createTitle")} />
      <JointActionForm options={options} cancelHref="/joint-actions" />
    </>
  );
}
