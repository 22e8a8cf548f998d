import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementDetails } from "@/components/agreements/agreement-details";
import { areaCapability } from "@/components/app-shell/areas";
import { RecordPage } from "@/components/records/record-page";
import { ArchiveControl } from "@/components/ui/archive-control";
import { setAgreementArchivedAction } from "@/lib/agreements/actions";
import { getAgreement } from "@/lib/agreements/queries";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { can } from "@/lib/policy";

const loadAgreement = recordLoader(getAgreement);

export const generateMetadata = recordMetadata(
  loadAgreement,
  (agreement) => agreement.title,
  async () => (await getTranslations("areas.agreements"))("title"),
);

export default async function AgreementPage({ params }: PageProps<"/agreements/[id]">) {
  const user = await requireCapability(areaCapability.agreements);
  const { id } = await params;
  const [agreement, t] = await Promise.all([loadAgreement(id), getTranslations("agreements")]);
  if (!agreement) notFound();
  const canEdit = can(user, "records.edit");
  const isArchived = agreement.archivedAt !== null;
  return (
    <RecordPage
      back={{ href: "/agreements", label: t("back") }}
      title={agreement.title}
      description={`${t(`kinds.${agreement.kind}`)} — ${agreement.counterpart}`}
      editHref={canEdit ? `/agreements/${agreement.id}/edit` : undefined}
      isArchived={isArchived}
      details={<AgreementDetails agreement={agreement} />}
      archive={
        canEdit ? (
          <ArchiveControl
            action={setAgreementArchivedAction}
            record={{ id: agreement.id, version: agreement.version, name: agreement.title, isArchived }}
          />
        ) : null
      }
    />
  );
}
