import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { eventFormOptions } from "@/lib/events/form-options";

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("createTitle") };
}

export default async function NewEventPage() {
  const user = await requireCapability("records.edit");
  const [t, options] = await Promise.all([getTranslations("events"), eventFormOptions(user)]);
  return (
    <>
      <Link href="/events" className="mb-4 inline-block text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("createTitle")} />
      <EventForm options={options} cancelHref="/events" />
    </>
  );
}
