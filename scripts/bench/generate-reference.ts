// Reference data of the synthetic history: the brochure's sectors, objectives, partners and
// cities first (so names read as in the app), then as many generated ones as the scale asks.
import { demoAssociatePartners, demoPartners } from "@/prisma/demo/partners";
import { demoDestinations, demoObjectives, demoPriorityPeriod, demoSectors } from "@/prisma/demo/reference";
import type { HistoryShape } from "./generate-functions";

export type SqlStatement = { text: string; values?: unknown[] };

/** Priority cities first (the generator sends more records there), then the other demo cities. */
const knownCities = [
  ...demoPriorityPeriod.cities.map((city) => demoDestinations.find((destination) => destination.city === city)),
  ...demoDestinations.filter(
    (destination) => !(demoPriorityPeriod.cities as readonly string[]).includes(destination.city),
  ),
];

const countryCodes = [
  "US",
  "CN",
  "GB",
  "DE",
  "IT",
  "ES",
  "JP",
  "CA",
  "BR",
  "IN",
  "RU",
  "IL",
  "SG",
  "SE",
  "PL",
  "TN",
  "MA",
  "CI",
  "SN",
  "KR",
  "AU",
  "MX",
  "AR",
  "CL",
  "ZA",
  "EG",
  "TR",
  "GR",
  "PT",
  "NL",
  "BE",
  "CH",
  "AT",
  "NO",
  "DK",
  "FI",
  "IE",
  "CZ",
  "HU",
  "RO",
  "VN",
  "TH",
  "AE",
  "QA",
];

const syllables = [
  "ka",
  "lo",
  "mi",
  "ra",
  "ven",
  "tor",
  "sa",
  "bel",
  "du",
  "nor",
  "pel",
  "ri",
  "ga",
  "mon",
  "tes",
  "vi",
  "lan",
  "zo",
  "ber",
  "cas",
];

export function referenceStatements(shape: HistoryShape): SqlStatement[] {
  const partners = [...demoPartners, ...demoAssociatePartners];
  return [
    {
      text: `INSERT INTO "Sector" (id, code, "nameFr", "nameEn", "updatedAt")
             SELECT pg_temp.bid('sector', ord), code, "nameFr", "nameEn", now()
             FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (code text, "nameFr" text, "nameEn" text)) WITH ORDINALITY AS s(code, "nameFr", "nameEn", ord)`,
      values: [JSON.stringify(demoSectors)],
    },
    {
      text: `INSERT INTO "Objective" (id, code, "nameFr", "nameEn", "updatedAt")
             SELECT pg_temp.bid('objective', ord), code, "nameFr", "nameEn", now()
             FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (code text, "nameFr" text, "nameEn" text)) WITH ORDINALITY AS o(code, "nameFr", "nameEn", ord)`,
      values: [JSON.stringify(demoObjectives)],
    },
    {
      // The eight known organisations, then "Partenaire 0009"…
      text: `INSERT INTO "Partner" (id, name, "shortName", kind, "updatedAt")
             SELECT pg_temp.bid('partner', g),
               coalesce(k.name, 'Partenaire ' || lpad(g::text, 4, '0')),
               coalesce(k."shortName", 'P' || lpad(g::text, 4, '0')),
               coalesce(k.kind, pg_temp.one_of(g, 11, enum_range(NULL::"PartnerKind")::text[]))::"PartnerKind",
               now()
             FROM generate_series(1, $2::int) AS g
             LEFT JOIN ROWS FROM (jsonb_to_recordset($1::jsonb) AS (name text, "shortName" text, kind text)) WITH ORDINALITY AS k(name, "shortName", kind, ord) ON k.ord = g`,
      values: [JSON.stringify(partners), shape.partners],
    },
    {
      // Generated city names are three syllables, the digits of the row number in base 20: unique.
      text: `INSERT INTO "Destination" (id, city, "countryCode", latitude, longitude, "updatedAt")
             SELECT pg_temp.bid('destination', g),
               coalesce(k.city, initcap(($3::text[])[1 + (g / 400) % 20] || ($3::text[])[1 + (g / 20) % 20] || ($3::text[])[1 + g % 20])
                 || CASE WHEN g >= 8000 THEN ' ' || (g / 8000) ELSE '' END),
               coalesce(k."countryCode", pg_temp.one_of(g, 21, $4::text[])),
               coalesce(k.latitude, -50 + 110 * pg_temp.r(g, 22)), coalesce(k.longitude, -170 + 340 * pg_temp.r(g, 23)),
               now()
             FROM generate_series(1, $2::int) AS g
             LEFT JOIN ROWS FROM (jsonb_to_recordset($1::jsonb) AS (city text, "countryCode" text, latitude float8, longitude float8)) WITH ORDINALITY AS k(city, "countryCode", latitude, longitude, ord) ON k.ord = g`,
      values: [JSON.stringify(knownCities), shape.destinations, syllables, countryCodes],
    },
    {
      // Five-year programme periods over the history, each with 20 priority destinations.
      text: `INSERT INTO "PriorityPeriod" (id, label, "startYear", "endYear", "updatedAt")
             SELECT pg_temp.bid('period', y), y || '/' || (y + 4), y, y + 4, now()
             FROM generate_series($1::int, $2::int, 5) AS y`,
      values: [shape.firstYear, shape.lastYear],
    },
    {
      // The latest period keeps the brochure's 20 cities; older ones rotate through the others.
      text: `INSERT INTO "PriorityDestination" ("periodId", "destinationId")
             SELECT p.id, pg_temp.bid('destination', 1 + (CASE WHEN p."endYear" >= $1::int THEN k ELSE (p."startYear" * 7 + k * 13) END) % $2::int)
             FROM "PriorityPeriod" p CROSS JOIN generate_series(0, 19) AS k
             ON CONFLICT DO NOTHING`,
      values: [shape.lastYear, shape.destinations],
    },
    {
      // Communes of the urban area, most connected at some point of the history.
      text: `INSERT INTO "Town" (id, name, "inseeCode", "connectedOn", "updatedAt")
             SELECT pg_temp.bid('town', g), 'Commune ' || lpad(g::text, 3, '0'), '06' || lpad(g::text, 3, '0'),
               CASE WHEN pg_temp.r(g, 31) < 0.85 THEN pg_temp.day_of(g, 32) END, now()
             FROM generate_series(1, $1::int) AS g`,
      values: [shape.towns],
    },
  ];
}
