import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RecordPage } from "@/components/records/record-page";
import { PeriodForm } from "@/components/reference/period-form";
import { ArchiveControl } from "@/components/ui/archive-control";
import { DetailList } from "@/components/ui/detail-list";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { setPeriodArchivedAction } from "@/lib/reference/actions";
import { getPeriod } from "@/lib/reference/periods/queries";

const loadPeriod = recordLoader(getPeriod);

export const generateMetadata = recordMetadata(
  loadPeriod,
  (period) => period.label,
  async () => (await getTranslations("reference.periods"))("title"),
);

export default async function PeriodPage({ params }: PageProps<"/admin/reference/periods/[id]">) {
  await requireCapability("codeLists.manage");
  const { id } = await params;
  const [period, t, tRecords] = await Promise.all([
    loadPeriod(id),
    getTranslations("reference.periods"),
    getTranslations("records"),
  ]);
  if (!period) notFound();
  const isArchived = period.archivedAt !== null;
  // Its current destinations (archived since or not) come with their labels; others are searched.
  const destinations = period.destinations.map(({ id, label }) => ({ id, label }));
  return (
    <RecordPage
      back={{ href: "/admin/reference/periods", label: t("back") }}
      title={period.label}
      description={`${period.startYear}–${period.endYear}`}
      isArchived={isArchived}
      details={
        // Edited in place; read-only while archived.
        isArchived ? (
          <DetailList
            rows={[
              [t("destinations"), destinations.map((destination) => destination.label).join(", ") || tRecords("none")],
            ]}
          />
        ) : (
          <PeriodForm
            destinations={destinations}
            period={{
              id: period.id,
              version: period.version,
              label: period.label,
              startYear: String(period.startYear),
              endYear: String(period.endYear),
              destinationIds: destinations.map((destination) => destination.id),
            }}
          />
        )
      }
      archive={
        <ArchiveControl
          action={setPeriodArchivedAction}
          record={{ id: period.id, version: period.version, name: period.label, isArchived }}
        />
      }
    />
  );
}
