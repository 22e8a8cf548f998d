import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Closure, FigureDifference } from "@/lib/dashboard/closures";

const recordPaths = {
  missionsCarriedOut: "/missions",
  delegationsWelcomed: "/delegations",
  internationalEventsOrganised: "/events",
  connectedTowns: "/towns",
} as const;

/** A closed year: who closed it and when, and any figure that later edits changed, with the records why. */
export async function ClosureBanner({ closure, differences }: { closure: Closure; differences: FigureDifference[] }) {
  const [t, tFigures, format] = await Promise.all([
    getTranslations("dashboard.closure"),
    getTranslations("dashboard.figures"),
    getFormatter(),
  ]);
  return (
    <section aria-labelledby="closure-title" className="rounded-lg border border-brand-600 bg-brand-50 p-4 text-sm">
      <h2 id="closure-title" className="font-medium text-brand-900">
        {t("closedBy", {
          name: closure.closedByName,
          date: format.dateTime(closure.closedAt, { dateStyle: "long", timeStyle: "short" }),
        })}
      </h2>
      <p className="mt-1 text-slate-700">{differences.length === 0 ? t("unchanged") : t("changed")}</p>
      {differences.length > 0 ? (
        <ul className="mt-2 flex flex-col gap-2">
          {differences.map((difference) => (
            <li key={difference.figure} data-testid={`difference-${difference.figure}`}>
              <p className="font-medium">
                {t("difference", {
                  label: tFigures(`${difference.figure}.short`),
                  published: difference.published,
                  live: difference.live,
                })}
              </p>
              <ul className="ml-5 list-disc">
                {difference.added.map((record) => (
                  <li key={record.id}>
                    {t("added")}{" "}
                    <Link className="text-brand-700 underline" href={`${recordPaths[difference.figure]}/${record.id}`}>
                      {record.title}
                    </Link>
                  </li>
                ))}
                {difference.removed.map((record) => (
                  <li key={record.id}>
                    {t("removed")}{" "}
                    <Link className="text-brand-700 underline" href={`${recordPaths[difference.figure]}/${record.id}`}>
                      {record.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
