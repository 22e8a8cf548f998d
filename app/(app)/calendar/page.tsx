import { getFormatter, getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { areaCapability } from "@/components/app-shell/areas";
import { CalendarToolbar } from "@/components/calendar/calendar-toolbar";
import { MonthView } from "@/components/calendar/month-view";
import { TimelineView } from "@/components/calendar/timeline-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { calendarParamsSchema } from "@/lib/calendar/list-params";
import { listCalendarItems } from "@/lib/calendar/queries";
import { canReadAllRecords } from "@/lib/records/access";
import { findPartnerOption } from "@/lib/reference/option-search";
import { listSectorOptions } from "@/lib/reference/options";
import { acceptedYears, addDays, parisDay } from "@/lib/time";
import { monthGrid } from "@/lib/calendar/days";
import { recordedYears } from "@/lib/dashboard/opening-year";

export async function generateMetadata() {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarPage({ searchParams }: PageProps<"/calendar">) {
  const user = await requireCapability(areaCapability.calendar);
  const query = await searchParams;
  const today = parisDay(new Date());
  const params = calendarParamsSchema(today).parse(query);
  // A month or year the calendar does not cover is said, not silently replaced by today's.
  const refused = [query.month, query.year]
    .map((value) => (Array.isArray(value) ? value[0] : value))
    .find((value, index) => value !== undefined && value !== String(index === 0 ? params.month : params.year));
  const weeks = monthGrid(params.month);
  const range =
    params.view === "month"
      ? { from: weeks[0]?.[0] ?? `${params.month}-01`, to: weeks.at(-1)?.at(-1) ?? addDays(`${params.month}-01`, 30) }
      : { from: `${params.year}-01-01`, to: `${params.year}-12-31` };
  const locale = await getAppLocale();
  const canFilterByPartner = canReadAllRecords(user);
  const [t, format, items, sectors, partner, recorded] = await Promise.all([
    getTranslations("calendar"),
    getFormatter(),
    listCalendarItems(user, { ...range, kind: params.kind, sector: params.sector, partner: params.partner }),
    listSectorOptions(locale),
    // Partners are searched by the picker: only the one the URL names is looked up, for its label.
    canFilterByPartner ? findPartnerOption(user, params.partner) : null,
    recordedYears(),
  ]);
  const shownYear = params.view === "month" ? Number(params.month.slice(0, 4)) : params.year;
  const thisYear = Number(today.slice(0, 4));
  const firstYear = Math.min(recorded?.first ?? thisYear, shownYear, thisYear);
  const lastYear = Math.max(recorded?.last ?? thisYear, shownYear, thisYear);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
  const periodLabel =
    params.view === "month"
      ? format.dateTime(new Date(`${params.month}-15T12:00:00Z`), { month: "long", year: "numeric" })
      : String(params.year);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {refused !== undefined ? (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {t("outsideRange", { value: refused.slice(0, 40), first: acceptedYears.first, last: acceptedYears.last })}
        </p>
      ) : null}
      <CalendarToolbar
        params={params}
        sectors={sectors}
        partnerFilter={canFilterByPartner ? { selected: partner } : null}
        periodLabel={periodLabel}
        today={today}
        years={years}
      />
      {params.view === "month" ? (
        <MonthView month={params.month} items={items} />
      ) : (
        <TimelineView year={params.year} items={items} />
      )}
    </>
  );
}
