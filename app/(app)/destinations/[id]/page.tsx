import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { ArchiveControl } from "@/components/ui/archive-control";
import { countryName } from "@/components/reference/country-name";
import { ActionLink, ArchivedNotice, BackLink, DetailList, RecordHeader } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { getDestination } from "@/lib/reference/destinations/queries";
import { setDestinationArchivedAction } from "@/lib/reference/destinations/actions";
import { can } from "@/lib/policy";

export default async function DestinationPage({ params }: PageProps<"/destinations/[id]">) {
  const user = await requireCapability(areaCapability.destinations);
  const { id } = await params;
  const [destination, t, tRecords, locale] = await Promise.all([
    getDestination(user, id),
    getTranslations("reference.destinations"),
    getTranslations("records"),
    getLocale(),
  ]);
  if (!destination) notFound();
  const isArchived = destination.archivedAt !== null;
  const coordinates =
    destination.latitude !== null && destination.longitude !== null
      ? `${destination.latitude}, ${destination.longitude}`
      : tRecords("none");
  return (
    <>
      <BackLink href="/destinations" label={t("back")} />
      <RecordHeader
        actions={
          can(user, "reference.edit") ? (
            <>
              {isArchived ? null : (
                <ActionLink href={`/destinations/${destination.id}/edit`} label={tRecords("edit")} />
              )}
              <ArchiveControl
                action={setDestinationArchivedAction}
                record={{ id: destination.id, version: destination.version, name: destination.city, isArchived }}
              />
            </>
          ) : null
        }
      >
        <PageHeader title={destination.city} description={countryName(destination.countryCode, locale)} />
      </RecordHeader>
      {isArchived ? <ArchivedNotice text={tRecords("archivedNotice")} /> : null}
      <DetailList
        items={[
          {
            label: t("country"),
            value: `${countryName(destination.countryCode, locale)} (${destination.countryCode})`,
          },
          { label: t("coordinates"), value: coordinates },
          {
            label: t("priority"),
            value: destination.priorityPeriods.length > 0 ? destination.priorityPeriods.join(", ") : t("notPriority"),
          },
          { label: t("agreements"), value: destination.agreementCount },
        ]}
      />
    </>
  );
}
