import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { PartnerDetails } from "@/components/partners/partner-details";
import { RecordPage } from "@/components/records/record-page";
import { ArchiveControl } from "@/components/ui/archive-control";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { setPartnerArchivedAction } from "@/lib/partners/actions";
import { getPartner } from "@/lib/partners/queries";
import { RecordHistory } from "@/components/reference/record-history";
import { getPartnerHistory } from "@/lib/reference/history";
import { can } from "@/lib/policy";

const loadPartner = recordLoader(getPartner);

export const generateMetadata = recordMetadata(
  loadPartner,
  (partner) => partner.name,
  async () => (await getTranslations("areas.partners"))("title"),
);

export default async function PartnerPage({ params }: PageProps<"/partners/[id]">) {
  const user = await requireCapability(areaCapability.partners);
  const { id } = await params;
  const [partner, t] = await Promise.all([loadPartner(id), getTranslations("reference.partners")]);
  if (!partner) notFound();
  const history = await getPartnerHistory(user, partner.id);
  const canEdit = can(user, "reference.edit");
  const isArchived = partner.archivedAt !== null;
  return (
    <RecordPage
      back={{ href: "/partners", label: t("back") }}
      title={partner.name}
      description={partner.shortName}
      editHref={canEdit ? `/partners/${partner.id}/edit` : undefined}
      isArchived={isArchived}
      details={
        <>
          <PartnerDetails partner={partner} />
          <RecordHistory history={history} filter="partner" id={partner.id} />
        </>
      }
      archive={
        canEdit ? (
          <ArchiveControl
            action={setPartnerArchivedAction}
            record={{ id: partner.id, version: partner.version, name: partner.name, isArchived }}
          />
        ) : null
      }
    />
  );
}
