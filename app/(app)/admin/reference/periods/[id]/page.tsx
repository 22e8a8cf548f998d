import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setPeriodArchivedAction } from "@/lib/reference/actions";
import { ArchiveControl } from "@/components/ui/archive-control";
import { PeriodForm } from "@/components/reference/period-form";
import { ArchivedNotice, BackLink, DetailList, RecordHeader } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { getPeriod } from "@/lib/reference/periods/queries";

export default async function PeriodPage({ params }: PageProps<"/admin/reference/periods/[id]">) {
  const admin = await requireCapability("codeLists.manage");
  const { id } = await params;
  const [period, t, tRecords] = await Promise.all([
    getPeriod(admin, id),
    getTranslations("reference.periods"),
    getTranslations("records"),
  ]);
  if (!period) notFound();
  const isArchived = period.archivedAt !== null;
  // Its current destinations (archived since or not) come with their labels; others are searched.
  const destinations = period.destinations.map(({ id, label }) => ({ id, label }));
  const destinationIds = destinations.map((destination) => destination.id);
  return (
    <>
      <BackLink href="/admin/reference/periods" label={t("back")} />
      <RecordHeader
        actions={
          <ArchiveControl
            action={setPeriodArchivedAction}
            record={{ id: period.id, version: period.version, name: period.label, isArchived }}
          />
        }
      >
        <PageHeader title={period.label} description={`${period.startYear}–${period.endYear}`} />
      </RecordHeader>
      {isArchived ? (
        <>
          <ArchivedNotice text={tRecords("archivedNotice")} />
          <DetailList
            items={[
              {
                label: t("destinations"),
                value: period.destinations.map((destination) => destination.label).join(", ") || tRecords("none"),
              },
            ]}
          />
        </>
      ) : (
        <PeriodForm
          destinations={destinations}
          period={{
            id: period.id,
            version: period.version,
            label: period.label,
            startYear: String(period.startYear),
            endYear: String(period.endYear),
            destinationIds,
          }}
        />
      )}
    </>
  );
}
