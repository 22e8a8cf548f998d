import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { ArchiveControl } from "@/components/ui/archive-control";
import { ActionLink, ArchivedNotice, BackLink, DetailList, RecordHeader } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { getTown } from "@/lib/towns/queries";
import { setTownArchivedAction } from "@/lib/towns/actions";
import { can } from "@/lib/policy";

export default async function TownPage({ params }: PageProps<"/towns/[id]">) {
  const user = await requireCapability(areaCapability.towns);
  const { id } = await params;
  const [town, t, tRecords, format] = await Promise.all([
    getTown(user, id),
    getTranslations("towns"),
    getTranslations("records"),
    getFormatter(),
  ]);
  if (!town) notFound();
  const canEdit = can(user, "records.edit");
  const isArchived = town.archivedAt !== null;
  return (
    <>
      <BackLink href="/towns" label={t("back")} />
      <RecordHeader
        actions={
          canEdit ? (
            <>
              {isArchived ? null : <ActionLink href={`/towns/${town.id}/edit`} label={tRecords("edit")} />}
              <ArchiveControl
                action={setTownArchivedAction}
                record={{ id: town.id, version: town.version, name: town.name, isArchived }}
              />
            </>
          ) : null
        }
      >
        <PageHeader title={town.name} />
      </RecordHeader>
      {isArchived ? <ArchivedNotice text={tRecords("archivedNotice")} /> : null}
      <DetailList
        items={[
          { label: t("fields.inseeCode"), value: town.inseeCode ?? tRecords("none") },
          {
            label: t("fields.connectedOn"),
            value: town.connectedOn ? format.dateTime(town.connectedOn, { dateStyle: "long" }) : t("notConnected"),
          },
          {
            label: t("updatedAt"),
            value: format.dateTime(town.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
          },
        ]}
      />
    </>
  );
}
