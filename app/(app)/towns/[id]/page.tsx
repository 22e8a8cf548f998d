import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { ArchiveControl } from "@/components/ui/archive-control";
import { ActionLink, ArchivedNotice, BackLink, RecordHeader } from "@/components/reference/record-parts";
import { TownDetails } from "@/components/towns/town-details";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { getTown } from "@/lib/towns/queries";
import { setTownArchivedAction } from "@/lib/towns/actions";
import { can } from "@/lib/policy";

export default async function TownPage({ params }: PageProps<"/towns/[id]">) {
  const user = await requireCapability(areaCapability.towns);
  const { id } = await params;
  const [town, t, tRecords] = await Promise.all([
    getTown(user, id),
    getTranslations("towns"),
    getTranslations("records"),
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
      <TownDetails town={town} />
    </>
  );
}
