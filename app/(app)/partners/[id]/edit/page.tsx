import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PartnerForm } from "@/components/partners/partner-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { partnerFields } from "@/lib/partners/fields";
import { getPartner } from "@/lib/partners/queries";
import { editFormValuesOf } from "@/lib/records/form-schema";

const loadPartner = recordLoader(getPartner);

export const generateMetadata = recordMetadata(
  loadPartner,
  async (partner) => (await getTranslations("reference.partners"))("editTitle", { name: partner.name }),
  async () => (await getTranslations("records"))("edit"),
);

export default async function EditPartnerPage({ params }: PageProps<"/partners/[id]/edit">) {
  await requireCapability("reference.edit");
  const { id } = await params;
  const [partner, t] = await Promise.all([loadPartner(id), getTranslations("reference.partners")]);
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
