import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { eventFormOptions } from "@/lib/events/form-options";
import { eventFields } from "@/lib/events/fields";
import { editFormValuesOf } from "@/lib/records/form-schema";
import { getEvent } from "@/lib/events/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("editTitle") };
}

export default async function EditEventPage({ params }: PageProps<"/events/[id]/edit">) {
  const user = await requireCapability("records.edit");
  const { id } = await params;
  const event = await getEvent(user, id);
  if (!event) notFound();
  // Archived records are read-only until restored: their page says so and offers "restore".
  if (event.archivedAt) redirect(`/events/${id}`);
  const [t, options] = await Promise.all([getTranslations("events"), eventFormOptions(user, event)]);
  return (
    <SubPage back={{ href: `/events/${id}`, label: t("backToEvent") }} title={t("editTitle")} description={event.title}>
      <EventForm options={options} initial={editFormValuesOf(eventFields, event)} cancelHref={`/events/${id}`} />
    </SubPage>
  );
}
