import "server-only";
import { createHash } from "node:crypto";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";

// The world map is drawn on the server as SVG from Natural Earth data shipped in the world-atlas
// npm package: no tile server, no network, no map script in the browser.

export const mapWidth = 960;
export const mapHeight = 470;

const projection = geoEqualEarth().fitSize([mapWidth, mapHeight], { type: "Sphere" });

let countryPaths: string[] | undefined;

/** The countries' outlines as SVG path data, computed once per process. */
export function getCountryPaths(): string[] {
  if (!countryPaths) {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries);
    const path = geoPath(projection).digits(1);
    countryPaths = collection.features.map((country) => path(country) ?? "").filter(Boolean);
  }
  return countryPaths;
}

let outlines: { svg: string; version: string } | undefined;

function getOutlines(): { svg: string; version: string } {
  if (!outlines) {
    const paths = getCountryPaths()
      .map((path) => `<path d="${path}"/>`)
      .join("");
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}" width="${mapWidth}" height="${mapHeight}">` +
      `<g fill="#e2e8f0" stroke="#fff" stroke-width="0.5">${paths}</g></svg>`;
    outlines = { svg, version: createHash("sha256").update(svg).digest("hex").slice(0, 12) };
  }
  return outlines;
}

/** The countries' outlines as a standalone SVG document, the background the dashboard's map draws on. */
export function getWorldOutlinesSvg(): string {
  return getOutlines().svg;
}

/**
 * Where the page finds the outlines (app/(app)/dashboard/world-map.svg/route.ts). The query names
 * the content, so browsers may keep the file for a year and still get new outlines the day they change.
 */
export function getWorldOutlinesHref(): string {
  return `/dashboard/world-map.svg?v=${getOutlines().version}`;
}

/** Where a longitude/latitude falls on the map, or null when it is not on it. */
export function projectPoint(longitude: number, latitude: number): [number, number] | null {
  const point = projection([longitude, latitude]);
  return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : null;
}
