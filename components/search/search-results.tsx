import Link from "next/link";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { getFormatter, getTranslations } from "next-intl/server";
import { countryName } from "@/components/reference/country-name";
import type { SearchGroup, SearchHit, SearchKind } from "@/lib/search/everything";
import { searchLimitPerKind } from "@/lib/search/query";

const hrefOf: Record<SearchKind, (id: string) => string> = {
  missions: (id) => `/missions/${id}`,
  delegations: (id) => `/delegations/${id}`,
  events: (id) => `/events/${id}`,
  agreements: (id) => `/agreements/${id}`,
  jointActions: (id) => `/joint-actions/${id}`,
  partners: (id) => `/partners/${id}`,
  destinations: (id) => `/destinations/${id}`,
  towns: (id) => `/towns/${id}`,
};

/** Days are stored at UTC midnight, instants as they are: both read right in Paris time. */
const withTimes: SearchKind[] = ["delegations", "events"];

/** The hits grouped by kind, each with what tells two alike apart: dates, country, venue or organisation. */
export async function SearchResults({ groups }: { groups: SearchGroup[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("search"), getFormatter(), getAppLocale()]);
  const when = (kind: SearchKind, hit: SearchHit) => {
    if (!hit.from) return null;
    const style = { dateStyle: "medium" as const, ...(withTimes.includes(kind) ? {} : { timeZone: "UTC" }) };
    return hit.to && hit.to.getTime() !== hit.from.getTime()
      ? format.dateTimeRange(hit.from, hit.to, style)
      : format.dateTime(hit.from, style);
  };
  return (
    <div className="flex flex-col gap-6">
      {groups.map((group) => (
        <section
          key={group.kind}
          aria-labelledby={`search-${group.kind}`}
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id={`search-${group.kind}`} className="mb-2 text-lg font-medium text-brand-900">
            {t(`kinds.${group.kind}`)}{" "}
            <span className="text-sm font-normal text-slate-600">
              {group.hasMore ? t("countMore", { count: searchLimitPerKind }) : t("count", { count: group.hits.length })}
            </span>
          </h2>
          <ul className="divide-y divide-slate-100">
            {group.hits.map((hit) => {
              const details = [
                when(group.kind, hit),
                hit.countryCode ? countryName(hit.countryCode, locale) : null,
                hit.detail,
              ].filter(Boolean);
              return (
                <li key={hit.id} className="py-2">
                  <Link href={hrefOf[group.kind](hit.id)} className="font-medium text-brand-700 underline">
                    {hit.label}
                  </Link>
                  {details.length > 0 ? <p className="text-sm text-slate-600">{details.join(" · ")}</p> : null}
                </li>
              );
            })}
          </ul>
          {group.hasMore ? <p className="mt-2 text-sm text-slate-600">{t("refine")}</p> : null}
        </section>
      ))}
    </div>
  );
}
