import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PartnerForm } from "@/components/partners/partner-form";
import { partnerFields } from "@/lib/partners/fields";
import { editFormValuesOf } from "@/lib/records/form-schema";
import { BackLink } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { getPartner } from "@/lib/partners/queries";

export default async function EditPartnerPage({ params }: PageProps<"/partners/[id]/edit">) {
  const user = await requireCapability("reference.edit");
  const { id } = await params;
  const [partner, t] = await Promise.all([getPartner(user, id), getTranslations("reference.partners")]);
  if (!partner) notFound();
  // Archived records are read-only until restored.
  if (partner.archivedAt) redirect(`/partners/${partner.id}`);
  const { name } = partner;
  return (
    <>
      <BackLink href={`/partners/${partner.id}`} label={t("backToRecord", { name })} />
      <PageHeader title={t("editTitle", { name })} />
      <PartnerForm initial={editFormValuesOf(partnerFields, partner)} />
    </>
  );
}
