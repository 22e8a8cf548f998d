import { getFormatter, getTranslations } from "next-intl/server";
import type { CalendarItem } from "@/lib/calendar/queries";
import { CalendarItemLink, kindStyles } from "./item-link";

const dayMs = 86_400_000;

/** A year as a timeline: one row per record, its bar placed and sized by its dates. */
export async function TimelineView({ year, items }: { year: number; items: CalendarItem[] }) {
  const [t, format] = await Promise.all([getTranslations("calendar"), getFormatter()]);
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  const position = (day: string) => Math.min(Math.max((Date.parse(`${day}T00:00:00Z`) - start) / length, 0), 1) * 100;
  const months = Array.from({ length: 12 }, (_, index) =>
    format.dateTime(new Date(Date.UTC(year, index, 15)), { month: "short" }),
  );
  if (items.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
        {t("empty")}
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4">
      <div className="min-w-[44rem]">
        <div
          className="ml-[14rem] grid grid-cols-12 border-b border-slate-200 pb-1 text-xs text-slate-600"
          aria-hidden="true"
        >
          {months.map((month) => (
            <span key={month}>{month}</span>
          ))}
        </div>
        <ul className="mt-2 flex flex-col gap-1">
          {items.map((item) => {
            const left = position(item.firstDay);
            const width = Math.max(position(item.lastDay) + (dayMs / length) * 100 - left, 0.6);
            return (
              <li key={`${item.kind}-${item.id}`} className="flex items-center gap-2">
                <CalendarItemLink item={item} kindLabel={t(`kinds.${item.kind}`)} className="w-[13.5rem] shrink-0" />
                <div className="relative h-4 flex-1 rounded bg-slate-50">
                  <span
                    className={`absolute inset-y-0 rounded border-l-4 ${kindStyles[item.kind]}`}
                    style={{ left: `${left}%`, width: `${width}%` }}
                    title={`${item.firstDay} → ${item.lastDay}`}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
