import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { SubPage } from "@/components/records/record-page";
import { getAgreement } from "@/lib/agreements/queries";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { findDestinationOption } from "@/lib/reference/option-search";
import { dayOf } from "@/lib/time";

const loadAgreement = recordLoader(getAgreement);

export const generateMetadata = recordMetadata(
  loadAgreement,
  async (agreement) => (await getTranslations("agreements"))("editTitle", { name: agreement.title }),
  async () => (await getTranslations("records"))("edit"),
);

export default async function EditAgreementPage({ params }: PageProps<"/agreements/[id]/edit">) {
  await requireCapability("records.edit");
  const { id } = await params;
  const [agreement, t] = await Promise.all([loadAgreement(id), getTranslations("agreements")]);
  if (!agreement) notFound();
  // Archived records are read-only until restored.
  if (agreement.archivedAt) redirect(`/agreements/${agreement.id}`);
  // The current destination and mission stay as they are even if archived since (only their
  // labels are sent: both are searched, not listed).
  const destination = await findDestinationOption(agreement.destinationRef.id);
  const mission = agreement.mission ? { id: agreement.mission.id, label: agreement.mission.title } : null;
  return (
    <SubPage
      back={{ href: `/agreements/${agreement.id}`, label: t("backToRecord", { name: agreement.title }) }}
      title={t("editTitle", { name: agreement.title })}
    >
      <AgreementForm
        destination={destination}
        mission={mission}
        agreement={{
          id: agreement.id,
          version: agreement.version,
          title: agreement.title,
          kind: agreement.kind,
          counterpart: agreement.counterpart,
          destinationId: agreement.destinationRef.id,
          startDate: dayOf(agreement.startDate),
          endDate: agreement.endDate ? dayOf(agreement.endDate) : "",
          isExclusive: agreement.isExclusive,
          notes: agreement.notes,
          missionId: agreement.mission?.id ?? "",
          themes: agreement.themes.map((row) => ({ year: String(row.year), theme: row.theme })),
        }}
      />
    </SubPage>
  );
}
