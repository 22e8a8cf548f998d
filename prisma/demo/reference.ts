import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

// Reference data of the 2016 brochure (docs/decisions/008-demo-data.md): the areas of cooperation,
// the programme's objectives, the cities abroad and the 2016/2020 priority period. Seeded by the
// demo; tests that need the demo's reference data read it here.

/**
 * A stable, cuid-shaped id (25 lowercase letters and digits) for a demo record, so the demo data —
 * ids and therefore URLs included — is the same on every run.
 */
export function demoId(kind: string, key: string): string {
  return `c${createHash("sha256").update(`demo:${kind}:${key}`).digest("hex").slice(0, 24)}`;
}

/** The brochure's eight areas of cooperation. */
export const demoSectors = [
  { code: "SMART_CITIES", nameFr: "Smart Cities", nameEn: "Smart Cities" },
  { code: "SMART_GRIDS", nameFr: "Smart Grids", nameEn: "Smart Grids" },
  {
    code: "ECONOMIC_DEVELOPMENT",
    nameFr: "Développement économique de la métropole",
    nameEn: "Economic development of the urban area",
  },
  { code: "INNOVATION", nameFr: "Innovation", nameEn: "Innovation" },
  { code: "RISK_PREVENTION", nameFr: "Prévention des risques et sécurité", nameEn: "Risk prevention & security" },
  { code: "CULTURE", nameFr: "Culture", nameEn: "Culture" },
  { code: "HEALTH", nameFr: "Santé", nameEn: "Health" },
  { code: "RESEARCH", nameFr: "Recherche", nameEn: "Research" },
] as const satisfies readonly Prisma.SectorCreateManyInput[];

export type SectorCode = (typeof demoSectors)[number]["code"];

/** The brochure's three objectives. */
export const demoObjectives = [
  {
    code: "REACH",
    nameFr: "Accroître le rayonnement international et la visibilité du territoire métropolitain",
    nameEn: "Increase the international reach and visibility of the Metropole's urban area",
  },
  {
    code: "STAKEHOLDERS",
    nameFr: "Fédérer les acteurs locaux autour d'une stratégie de relations internationales partagée",
    nameEn: "Unite local stakeholders around a strategy of shared international relations",
  },
  {
    code: "INVESTMENT",
    nameFr: "Tisser des liens économiques solides et attirer de nouveaux investisseurs",
    nameEn: "Weave solid economic ties and attract new investors",
  },
] as const satisfies readonly Prisma.ObjectiveCreateManyInput[];

export type ObjectiveCode = (typeof demoObjectives)[number]["code"];

/**
 * Cities abroad, named in English as the brochure names them, spelt out in full and without
 * diacritics ("Saint Petersburg" for the brochure's "St-Petersburg"); coordinates of the city centre
 * and the IANA time zone it keeps.
 */
export const demoDestinations = [
  { city: "Abidjan", countryCode: "CI", latitude: 5.36, longitude: -4.0083, timeZone: "Africa/Abidjan" },
  { city: "Gdansk", countryCode: "PL", latitude: 54.352, longitude: 18.6466, timeZone: "Europe/Warsaw" },
  { city: "Haifa", countryCode: "IL", latitude: 32.794, longitude: 34.9896, timeZone: "Asia/Jerusalem" },
  { city: "Hangzhou", countryCode: "CN", latitude: 30.2741, longitude: 120.1551, timeZone: "Asia/Shanghai" },
  { city: "Houston", countryCode: "US", latitude: 29.7604, longitude: -95.3698, timeZone: "America/Chicago" },
  { city: "London", countryCode: "GB", latitude: 51.5074, longitude: -0.1278, timeZone: "Europe/London" },
  { city: "Moscow", countryCode: "RU", latitude: 55.7558, longitude: 37.6173, timeZone: "Europe/Moscow" },
  { city: "Nuremberg", countryCode: "DE", latitude: 49.4521, longitude: 11.0767, timeZone: "Europe/Berlin" },
  { city: "Quebec", countryCode: "CA", latitude: 46.8139, longitude: -71.208, timeZone: "America/Toronto" },
  { city: "Rio de Janeiro", countryCode: "BR", latitude: -22.9068, longitude: -43.1729, timeZone: "America/Sao_Paulo" },
  { city: "Saint Petersburg", countryCode: "RU", latitude: 59.9311, longitude: 30.3609, timeZone: "Europe/Moscow" },
  { city: "Salt Lake City", countryCode: "US", latitude: 40.7608, longitude: -111.891, timeZone: "America/Denver" },
  { city: "Singapore", countryCode: "SG", latitude: 1.3521, longitude: 103.8198, timeZone: "Asia/Singapore" },
  { city: "Sousse", countryCode: "TN", latitude: 35.8256, longitude: 10.6369, timeZone: "Africa/Tunis" },
  { city: "Stockholm", countryCode: "SE", latitude: 59.3293, longitude: 18.0686, timeZone: "Europe/Stockholm" },
  { city: "Tel Aviv", countryCode: "IL", latitude: 32.0853, longitude: 34.7818, timeZone: "Asia/Jerusalem" },
  { city: "Turin", countryCode: "IT", latitude: 45.0703, longitude: 7.6869, timeZone: "Europe/Rome" },
  { city: "Tokyo", countryCode: "JP", latitude: 35.6762, longitude: 139.6503, timeZone: "Asia/Tokyo" },
  { city: "Xiamen", countryCode: "CN", latitude: 24.4798, longitude: 118.0894, timeZone: "Asia/Shanghai" },
  { city: "Zhuhai", countryCode: "CN", latitude: 22.271, longitude: 113.5767, timeZone: "Asia/Shanghai" },
  // Not priorities of the 2016/2020 period, but visited or visiting all the same.
  { city: "Montreal", countryCode: "CA", latitude: 45.5017, longitude: -73.5673, timeZone: "America/Toronto" },
  { city: "New York", countryCode: "US", latitude: 40.7128, longitude: -74.006, timeZone: "America/New_York" },
  { city: "Shanghai", countryCode: "CN", latitude: 31.2304, longitude: 121.4737, timeZone: "Asia/Shanghai" },
  { city: "Manchester", countryCode: "GB", latitude: 53.4808, longitude: -2.2426, timeZone: "Europe/London" },
  { city: "Gothenburg", countryCode: "SE", latitude: 57.7089, longitude: 11.9746, timeZone: "Europe/Stockholm" },
  { city: "Genoa", countryCode: "IT", latitude: 44.4056, longitude: 8.9463, timeZone: "Europe/Rome" },
] as const satisfies readonly Prisma.DestinationCreateManyInput[];

export type DestinationCity = (typeof demoDestinations)[number]["city"];

/** The brochure's "20 priority destinations - 2016/2020 period". */
export const demoPriorityPeriod = {
  label: "2016/2020",
  startYear: 2016,
  endYear: 2020,
  cities: [
    "Abidjan",
    "Gdansk",
    "Haifa",
    "Hangzhou",
    "Houston",
    "London",
    "Moscow",
    "Nuremberg",
    "Quebec",
    "Rio de Janeiro",
    "Saint Petersburg",
    "Salt Lake City",
    "Singapore",
    "Sousse",
    "Stockholm",
    "Tel Aviv",
    "Turin",
    "Tokyo",
    "Xiamen",
    "Zhuhai",
  ] satisfies DestinationCity[],
} as const;

export function countryOf(city: DestinationCity): string {
  const destination = demoDestinations.find((candidate) => candidate.city === city);
  if (!destination) throw new Error(`Unknown demo destination ${city}`);
  return destination.countryCode;
}
