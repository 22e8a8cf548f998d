import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { RecordPage } from "@/components/records/record-page";
import { TownDetails } from "@/components/towns/town-details";
import { ArchiveControl } from "@/components/ui/archive-control";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { can } from "@/lib/policy";
import { setTownArchivedAction } from "@/lib/towns/actions";
import { getTown } from "@/lib/towns/queries";

const loadTown = recordLoader(getTown);

export const generateMetadata = recordMetadata(
  loadTown,
  (town) => town.name,
  async () => (await getTranslations("areas.towns"))("title"),
);

export default async function TownPage({ params }: PageProps<"/towns/[id]">) {
  const user = await requireCapability(areaCapability.towns);
  const { id } = await params;
  const [town, t] = await Promise.all([loadTown(id), getTranslations("towns")]);
  if (!town) notFound();
  const canEdit = can(user, "records.edit");
  const isArchived = town.archivedAt !== null;
  return (
    <RecordPage
      back={{ href: "/towns", label: t("back") }}
      title={town.name}
      editHref={canEdit ? `/towns/${town.id}/edit` : undefined}
      isArchived={isArchived}
      details={<TownDetails town={town} />}
      archive={
        canEdit ? (
          <ArchiveControl
            action={setTownArchivedAction}
            record={{ id: town.id, version: town.version, name: town.name, isArchived }}
          />
        ) : null
      }
    />
  );
}
