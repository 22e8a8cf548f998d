import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AgreementDetails } from "@/components/agreements/agreement-details";
import { areaCapability } from "@/components/app-shell/areas";
import { ArchiveControl } from "@/components/ui/archive-control";
import { ActionLink, ArchivedNotice, BackLink, RecordHeader } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { getAgreement } from "@/lib/agreements/queries";
import { requireCapability } from "@/lib/auth";
import { setAgreementArchivedAction } from "@/lib/agreements/actions";
import { can } from "@/lib/policy";

export default async function AgreementPage({ params }: PageProps<"/agreements/[id]">) {
  const user = await requireCapability(areaCapability.agreements);
  const { id } = await params;
  const [agreement, t, tRecords] = await Promise.all([
    getAgreement(user, id),
    getTranslations("agreements"),
    getTranslations("records"),
  ]);
  if (!agreement) notFound();
  const format = await getFormatter();
  const isArchived = agreement.archivedAt !== null;
  return (
    <>
      <BackLink href="/agreements" label={t("back")} />
      <RecordHeader
        actions={
          can(user, "records.edit") ? (
            <>
              {isArchived ? null : <ActionLink href={`/agreements/${agreement.id}/edit`} label={tRecords("edit")} />}
              <ArchiveControl
                action={setAgreementArchivedAction}
                record={{ id: agreement.id, version: agreement.version, name: agreement.title, isArchived }}
              />
            </>
          ) : null
        }
      >
        <PageHeader
          title={agreement.title}
          description={`${t(`kinds.${agreement.kind}`)} — ${agreement.counterpart}`}
        />
      </RecordHeader>
      {isArchived ? <ArchivedNotice text={tRecords("archivedNotice")} /> : null}
      <AgreementDetails agreement={agreement} />
      <p className="text-xs text-slate-600">
        {t("updatedAt", { date: format.dateTime(agreement.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
    </>
  );
}
