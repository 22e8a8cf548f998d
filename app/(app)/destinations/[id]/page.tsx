import { notFound } from "next/navigation";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { RecordPage } from "@/components/records/record-page";
import { countryName } from "@/components/reference/country-name";
import { DestinationDetails } from "@/components/reference/destination-details";
import { ArchiveControl } from "@/components/ui/archive-control";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { can } from "@/lib/policy";
import { setDestinationArchivedAction } from "@/lib/reference/destinations/actions";
import { getDestination } from "@/lib/reference/destinations/queries";
import { RecordHistory } from "@/components/reference/record-history";
import { getDestinationHistory } from "@/lib/reference/history";

const loadDestination = recordLoader(getDestination);

export const generateMetadata = recordMetadata(
  loadDestination,
  (destination) => destination.city,
  async () => (await getTranslations("areas.destinations"))("title"),
);

export default async function DestinationPage({ params }: PageProps<"/destinations/[id]">) {
  const user = await requireCapability(areaCapability.destinations);
  const { id } = await params;
  const [destination, t, locale] = await Promise.all([
    loadDestination(id),
    getTranslations("reference.destinations"),
    getAppLocale(),
  ]);
  if (!destination) notFound();
  const history = await getDestinationHistory(user, destination.id);
  const canEdit = can(user, "reference.edit");
  const isArchived = destination.archivedAt !== null;
  return (
    <RecordPage
      back={{ href: "/destinations", label: t("back") }}
      title={destination.city}
      description={countryName(destination.countryCode, locale)}
      editHref={canEdit ? `/destinations/${destination.id}/edit` : undefined}
      isArchived={isArchived}
      details={
        <>
          <DestinationDetails destination={destination} />
          <RecordHistory history={history} filter="destination" id={destination.id} />
        </>
      }
      archive={
        canEdit ? (
          <ArchiveControl
            action={setDestinationArchivedAction}
            record={{ id: destination.id, version: destination.version, name: destination.city, isArchived }}
          />
        ) : null
      }
    />
  );
}
