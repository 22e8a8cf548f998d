import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/records/record-page";
import { TownForm } from "@/components/towns/town-form";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { editFormValuesOf } from "@/lib/records/form-schema";
import { townFields } from "@/lib/towns/fields";
import { getTown } from "@/lib/towns/queries";

const loadTown = recordLoader(getTown);

export const generateMetadata = recordMetadata(
  loadTown,
  async (town) => (await getTranslations("towns"))("editTitle", { name: town.name }),
  async () => (await getTranslations("records"))("edit"),
);

export default async function EditTownPage({ params }: PageProps<"/towns/[id]/edit">) {
  await requireCapability("records.edit");
  const { id } = await params;
  const [town, t] = await Promise.all([loadTown(id), getTranslations("towns")]);
  if (!town) notFound();
  // Archived records are read-only until restored.
  if (town.archivedAt) redirect(`/towns/${town.id}`);
  return (
    <SubPage
      back={{ href: `/towns/${town.id}`, label: t("backToTown", { name: town.name }) }}
      title={t("editTitle", { name: town.name })}
    >
      <TownForm initial={editFormValuesOf(townFields, town)} />
    </SubPage>
  );
}
