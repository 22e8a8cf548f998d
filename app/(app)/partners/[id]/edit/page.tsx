import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PartnerForm } from "@/components/partners/partner-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { partnerFields } from "@/lib/partners/fields";
import { getPartner } from "@/lib/partners/queries";
import { editFormValuesOf } from "@/lib/records/form-schema";

export default async function EditPartnerPage({ params }: PageProps<"/partners/[id]/edit">) {
  const user = await requireCapability("reference.edit");
  const { id } = await params;
  const [partner, t] = await Promise.all([getPartner(user, id), getTranslations("reference.partners")]);
  if (!partner) notFound();
  // Archived records are read-only until restored.
  if (partner.archivedAt) redirect(`/partners/${partner.id}`);
  const { name } = partner;
  return (
    <SubPage
      back={{ href: `/partners/${partner.id}`, label: t("backToRecord", { name }) }}
      title={t("editTitle", { name })}
    >
      <PartnerForm initial={editFormValuesOf(partnerFields, partner)} />
    </SubPage>
  );
}
