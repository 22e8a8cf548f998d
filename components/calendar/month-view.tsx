import { getFormatter, getTranslations } from "next-intl/server";
import type { CalendarItem } from "@/lib/calendar/queries";
import { CalendarItemLink } from "./item-link";
import { monthGrid } from "@/lib/calendar/days";

const shownPerDay = 3;

/**
 * A month as a table of weeks (Monday first); each day lists what runs on it. On a phone, where
 * seven columns do not fit, the same month reads as a list of its days that have something on,
 * each entry's title whole.
 */
export async function MonthView({ month, items }: { month: string; items: CalendarItem[] }) {
  const [t, format] = await Promise.all([getTranslations("calendar"), getFormatter()]);
  const weeks = monthGrid(month);
  const weekdays = weeks[0]?.map((day) => format.dateTime(new Date(`${day}T12:00:00Z`), { weekday: "short" })) ?? [];
  const onDay = (day: string) => items.filter((item) => item.firstDay <= day && item.lastDay >= day);
  const busyDays = weeks.flat().filter((day) => day.startsWith(month) && onDay(day).length > 0);
  return (
    <>
      <section aria-label={t("monthByDay")} className="rounded-lg border border-slate-200 bg-white sm:hidden">
        {busyDays.length === 0 ? (
          <p className="p-4 text-sm text-slate-700">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {busyDays.map((day) => (
              <li key={day} className="px-3 py-2">
                <h3 className="mb-1 text-sm font-medium text-slate-900 first-letter:uppercase">
                  {format.dateTime(new Date(`${day}T12:00:00Z`), { weekday: "long", day: "numeric", month: "long" })}
                </h3>
                <ul className="flex flex-col gap-1">
                  {onDay(day).map((item) => (
                    <li key={`${item.kind}-${item.id}`}>
                      <CalendarItemLink item={item} kindLabel={t(`kinds.${item.kind}`)} className="py-1" wrap />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
        <table className="w-full min-w-[44rem] table-fixed border-collapse text-sm">
          <caption className="sr-only">
            {format.dateTime(new Date(`${month}-15T12:00:00Z`), { month: "long", year: "numeric" })}
          </caption>
          <thead>
            <tr>
              {weekdays.map((weekday) => (
                <th
                  key={weekday}
                  scope="col"
                  className="border-b border-slate-200 px-2 py-2 text-left font-medium text-slate-700"
                >
                  {weekday}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((day) => {
                  const dayItems = onDay(day);
                  const isOtherMonth = !day.startsWith(month);
                  return (
                    <td
                      key={day}
                      className={`h-28 border border-slate-100 p-1 align-top ${isOtherMonth ? "bg-slate-50 text-slate-600" : ""}`}
                    >
                      <div className="mb-1 text-xs font-medium">{Number(day.slice(8))}</div>
                      <ul className="flex flex-col gap-0.5">
                        {dayItems.slice(0, shownPerDay).map((item) => (
                          <li key={`${item.kind}-${item.id}`}>
                            <CalendarItemLink item={item} kindLabel={t(`kinds.${item.kind}`)} />
                          </li>
                        ))}
                      </ul>
                      {dayItems.length > shownPerDay ? (
                        <p className="mt-0.5 text-xs text-slate-600">
                          {t("more", { count: dayItems.length - shownPerDay })}
                        </p>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
