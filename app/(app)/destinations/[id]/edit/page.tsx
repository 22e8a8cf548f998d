import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { DestinationForm } from "@/components/reference/destination-form";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { editFormValuesOf } from "@/lib/records/form-schema";
import { destinationFields } from "@/lib/reference/destinations/fields";
import { getDestination } from "@/lib/reference/destinations/queries";

const loadDestination = recordLoader(getDestination);

export const generateMetadata = recordMetadata(
  loadDestination,
  async (destination) => (await getTranslations("reference.destinations"))("editTitle", { name: destination.city }),
  async () => (await getTranslations("records"))("edit"),
);

export default async function EditDestinationPage({ params }: PageProps<"/destinations/[id]/edit">) {
  await requireCapability("reference.edit");
  const { id } = await params;
  const [destination, t] = await Promise.all([loadDestination(id), getTranslations("reference.destinations")]);
  if (!destination) notFound();
  // Archived records are read-only until restored.
  if (destination.archivedAt) redirect(`/destinations/${destination.id}`);
  return (
    <SubPage
      back={{ href: `/destinations/${destination.id}`, label: t("backToRecord", { name: destination.city }) }}
      title={t("editTitle", { name: destination.city })}
    >
      <DestinationForm initial={editFormValuesOf(destinationFields, destination)} />
    </SubPage>
  );
}
