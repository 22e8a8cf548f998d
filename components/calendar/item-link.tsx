import Link from "next/link";
import type { CalendarItem } from "@/lib/calendar/queries";

const hrefs = { mission: "/missions", delegation: "/delegations", event: "/events" } as const;

/** Colours tell the kinds apart; the kind is also in the link's accessible name. */
export const kindStyles = {
  mission: "border-l-brand-600 bg-brand-50 text-brand-900",
  delegation: "border-l-emerald-600 bg-emerald-50 text-emerald-900",
  event: "border-l-amber-500 bg-amber-50 text-amber-950",
} as const;

export function CalendarItemLink({
  item,
  kindLabel,
  className = "",
  wrap = false,
}: {
  item: CalendarItem;
  kindLabel: string;
  className?: string;
  /** The whole title over several lines (a phone's list), rather than cut to one. */
  wrap?: boolean;
}) {
  return (
    <Link
      href={`${hrefs[item.kind]}/${item.id}`}
      className={`block ${wrap ? "break-words" : "truncate"} rounded border-l-4 px-1.5 py-0.5 text-xs hover:underline ${kindStyles[item.kind]} ${className}`}
      title={`${kindLabel} — ${item.title}`}
    >
      <span className="sr-only">{kindLabel} — </span>
      {item.title}
    </Link>
  );
}
