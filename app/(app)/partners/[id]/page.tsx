import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { ArchiveControl } from "@/components/ui/archive-control";
import { ActionLink, ArchivedNotice, BackLink, DetailList, RecordHeader } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { getPartner } from "@/lib/partners/queries";
import { setPartnerArchivedAction } from "@/lib/partners/actions";
import { can } from "@/lib/policy";

export default async function PartnerPage({ params }: PageProps<"/partners/[id]">) {
  const user = await requireCapability(areaCapability.partners);
  const { id } = await params;
  const [partner, t, tForm, tRecords] = await Promise.all([
    getPartner(user, id),
    getTranslations("partners"),
    getTranslations("reference.partners"),
    getTranslations("records"),
  ]);
  if (!partner) notFound();
  const isArchived = partner.archivedAt !== null;
  return (
    <>
      <BackLink href="/partners" label={tForm("back")} />
      <RecordHeader
        actions={
          can(user, "reference.edit") ? (
            <>
              {isArchived ? null : <ActionLink href={`/partners/${partner.id}/edit`} label={tRecords("edit")} />}
              <ArchiveControl
                action={setPartnerArchivedAction}
                record={{ id: partner.id, version: partner.version, name: partner.name, isArchived }}
              />
            </>
          ) : null
        }
      >
        <PageHeader title={partner.name} description={partner.shortName} />
      </RecordHeader>
      {isArchived ? <ArchivedNotice text={tRecords("archivedNotice")} /> : null}
      <DetailList
        items={[
          { label: t("fields.shortName"), value: partner.shortName },
          { label: t("fields.kind"), value: t(`kinds.${partner.kind}`) },
          { label: t("status"), value: partner.isActive ? t("active") : t("inactive") },
          { label: tForm("users"), value: partner.userCount },
        ]}
      />
    </>
  );
}
