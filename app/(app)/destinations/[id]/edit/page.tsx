import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DestinationForm } from "@/components/reference/destination-form";
import { BackLink } from "@/components/reference/record-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { getDestination } from "@/lib/reference/destinations/queries";

export default async function EditDestinationPage({ params }: PageProps<"/destinations/[id]/edit">) {
  const user = await requireCapability("reference.edit");
  const { id } = await params;
  const [destination, t] = await Promise.all([getDestination(user, id), getTranslations("reference.destinations")]);
  if (!destination) notFound();
  // Archived records are read-only until restored.
  if (destination.archivedAt) redirect(`/destinations/${destination.id}`);
  return (
    <>
      <BackLink href={`/destinations/${destination.id}`} label={t("backToRecord", { name: destination.city })} />
      <PageHeader title={t("editTitle", { name: destination.city })} />
      <DestinationForm
        destination={{
          id: destination.id,
          version: destination.version,
          city: destination.city,
          countryCode: destination.countryCode,
          latitude: destination.latitude === null ? "" : String(destination.latitude),
          longitude: destination.longitude === null ? "" : String(destination.longitude),
        }}
      />
    </>
  );
}
