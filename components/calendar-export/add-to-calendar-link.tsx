import { getTranslations } from "next-intl/server";
import { recordPath, type CalendarRecordKind } from "@/lib/calendar-export/entries";

/**
 * Downloads the record as an .ics file any calendar app imports. A plain link, not next/link:
 * the target is a file from a route handler, not a page to navigate to.
 */
export async function AddToCalendarLink({ kind, id }: { kind: CalendarRecordKind; id: string }) {
  const t = await getTranslations("integrations");
  return (
    <a
      href={`${recordPath(kind, id)}/calendar.ics`}
      download
      className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
    >
      {t("addToCalendar")}
    </a>
  );
}
