import { getTranslations } from "next-intl/server";
import type { LeadingDestinations } from "@/lib/dashboard/breakdowns";
import { mapTopDestinations } from "@/lib/dashboard/top-rows";
import { getWorldOutlinesHref, mapHeight, mapWidth, projectPoint } from "@/lib/dashboard/world-map";

/**
 * The year's destinations on a world map. Each place is numbered on the map and in the list under
 * it, which says the same in words (the text equivalent): the map is never the only way to read it.
 * A busy year draws its leading places only (they come ordered by missions + delegations); the
 * destinations CSV lists them all. The outlines are one cached image, not inline paths.
 */
export async function WorldMap({ year, destinations }: { year: number; destinations: LeadingDestinations }) {
  const [t, tDashboard] = await Promise.all([getTranslations("dashboard.map"), getTranslations("dashboard")]);
  const placed = destinations.rows.flatMap((destination) => {
    const point =
      destination.longitude === null || destination.latitude === null
        ? null
        : projectPoint(destination.longitude, destination.latitude);
    return point ? [{ ...destination, x: point[0], y: point[1] }] : [];
  });
  const shown = placed.slice(0, mapTopDestinations);
  const maxCount = Math.max(1, ...shown.map((place) => place.missions + place.delegations));
  const caption =
    shown.length === 0
      ? t("empty")
      : destinations.placedTotal > shown.length
        ? t("captionTop", { shown: shown.length, total: destinations.total })
        : t("caption", { count: shown.length });
  return (
    <figure className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <svg
        viewBox={`0 0 ${mapWidth} ${mapHeight}`}
        role="img"
        aria-labelledby="world-map-caption"
        className="h-auto w-full"
      >
        <image href={getWorldOutlinesHref()} x={0} y={0} width={mapWidth} height={mapHeight} />
        {shown.map((place, index) => {
          const radius = 5 + 9 * Math.sqrt((place.missions + place.delegations) / maxCount);
          return (
            <g key={place.id}>
              <title>
                {t("point", { city: place.city, missions: place.missions, delegations: place.delegations })}
              </title>
              <circle cx={place.x} cy={place.y} r={radius} fill="#00609c" fillOpacity={0.75} stroke="#0b2d45" />
              <text x={place.x} y={place.y + 3.5} textAnchor="middle" fontSize={10} fontWeight={700} fill="#fff">
                {index + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="world-map-caption" className="text-sm text-slate-700">
        {caption}
      </figcaption>
      {shown.length > 0 ? (
        <ol className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {shown.map((place, index) => (
            <li key={place.id}>
              <span className="font-semibold tabular-nums">{index + 1}.</span>{" "}
              {t("point", { city: place.city, missions: place.missions, delegations: place.delegations })}
            </li>
          ))}
        </ol>
      ) : null}
      <a
        href={`/dashboard/export?year=${year}&table=destinations`}
        download
        className="self-start text-sm font-medium text-brand-700 underline"
      >
        {tDashboard("downloadCsv", { table: tDashboard("byDestination") })}
      </a>
    </figure>
  );
}
