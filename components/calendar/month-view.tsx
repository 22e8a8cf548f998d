import { getFormatter, getTranslations } from "next-intl/server";
import type { CalendarItem } from "@/lib/calendar/queries";
import { CalendarItemLink } from "./item-link";
import { monthGrid } from "@/lib/calendar/days";

const shownPerDay = 3;

/** A month as a table of weeks (Monday first); each day lists what runs on it. */
export async function MonthView({ month, items }: { month: string; items: CalendarItem[] }) {
  const [t, format] = await Promise.all([getTranslations("calendar"), getFormatter()]);
  const weeks = monthGrid(month);
  const weekdays = weeks[0]?.map((day) => format.dateTime(new Date(`${day}T12:00:00Z`), { weekday: "short" })) ?? [];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
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
                const onDay = items.filter((item) => item.firstDay <= day && item.lastDay >= day);
                const isOtherMonth = !day.startsWith(month);
                return (
                  <td
                    key={day}
                    className={`h-28 border border-slate-100 p-1 align-top ${isOtherMonth ? "bg-slate-50 text-slate-600" : ""}`}
                  >
                    <div className="mb-1 text-xs font-medium">{Number(day.slice(8))}</div>
                    <ul className="flex flex-col gap-0.5">
                      {onDay.slice(0, shownPerDay).map((item) => (
                        <li key={`${item.kind}-${item.id}`}>
                          <CalendarItemLink item={item} kindLabel={t(`kinds.${item.kind}`)} />
                        </li>
                      ))}
                    </ul>
                    {onDay.length > shownPerDay ? (
                      <p className="mt-0.5 text-xs text-slate-600">
                        {t("more", { count: onDay.length - shownPerDay })}
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
  );
}
