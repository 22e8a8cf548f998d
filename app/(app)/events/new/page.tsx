import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { eventFormOptions } from "@/lib/events/form-options";

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("createTitle") };
}

export default async function NewEventPage() {
  const user = await requireCapability("records.edit");
  const [t, options] = await Promise.all([getTranslations("events"), eventFormOptions(user)]);
  return (
    <SubPage back={{ href: "/events", label: t("back") }} title={t("createTitle")}>
      <EventForm options={options} cancelHref="/events" />
    </SubPage>
  );
}
