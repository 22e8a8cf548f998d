import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JointActionForm } from "@/components/joint-actions/joint-action-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { jointActionFormOptions, jointActionFormValues } from "@/lib/joint-actions/form-options";
import { getJointAction } from "@/lib/joint-actions/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("jointActions"))("editTitle") };
}

export default async function EditJointActionPage({ params }: PageProps<"/joint-actions/[id]/edit">) {
  const user = await requireCapability("jointActions.log");
  const { id } = await params;
  const action = await getJointAction(user, id);
  if (!action) notFound();
  // Archived actions are read-only until restored: their page says so and offers "restore".
  if (action.archivedAt) redirect(`/joint-actions/${id}`);
  const [t, options] = await Promise.all([getTranslations("jointActions"), jointActionFormOptions(user, action)]);
  return (
    <SubPage
      back={{ href: `/joint-actions/${id}`, label: t("backToAction") }}
      title={t("editTitle")}
      description={action.title}
    >
      <JointActionForm options={options} initial={jointActionFormValues(action)} cancelHref={`/joint-actions/${id}`} />
    </SubPage>
  );
}
