// The records of the synthetic history, one INSERT … SELECT FROM generate_series per table. Each
// respects the schema's CHECK constraints (dates in order, a reason for every cancellation,
// positive sizes, upper-case country codes); link tables skip duplicate pairs.
import type { HistoryShape } from "./generate-functions";
import type { SqlStatement } from "./generate-reference";

const missionKinds = [
  "Mission économique",
  "Mission de promotion",
  "Mission culturelle",
  "Mission d'investissement",
  "Mission officielle",
  "Salon international",
];
const delegationKinds = [
  "officielle",
  "économique",
  "universitaire",
  "culturelle",
  "d'entrepreneurs",
  "municipale",
  "de la presse",
];
const eventKinds = ["Forum", "Salon", "Congrès", "Festival", "Sommet", "Rencontres"];
const themes = [
  "Smart City",
  "énergie",
  "innovation",
  "tourisme",
  "santé",
  "culture",
  "recherche",
  "sécurité",
  "mobilité",
  "numérique",
];
const hosts = [
  "Claire Martin",
  "Julien Bernard",
  "Sophie Petit",
  "Nicolas Durand",
  "Camille Leroy",
  "Antoine Moreau",
  "Léa Simon",
  "Hugo Laurent",
];
const venues = [
  "Palais des congrès Acropolis",
  "Allianz Riviera",
  "Palais de la Méditerranée",
  "Nice Étoile",
  "Opéra de Nice",
  "Campus Valrose",
];
const reasons = ["calendrier des élus", "contexte sanitaire", "budget non voté", "report par la partie étrangère"];
const summary = "Programme de rencontres institutionnelles et économiques, visites de sites et points presse. ";

const lateral = (salt: number) => `CROSS JOIN LATERAL (SELECT pg_temp.r(g, ${salt}) AS roll) AS s`;

export function recordStatements(h: HistoryShape): SqlStatement[] {
  const destination = (expression: string) => `pg_temp.bid('destination', ${expression})`;
  return [
    {
      text: `INSERT INTO "Mission" (id, title, status, "cancellationReason", "startDate", "endDate", summary, "budgetCents",
               "contactsCount", "leadsCount", "outcomeNotes", "createdAt", "updatedAt", "archivedAt")
             SELECT pg_temp.bid('mission', g), pg_temp.one_of(g, 101, $1::text[]) || ' — ' || d.city, st.status::"MissionStatus",
               CASE WHEN st.status = 'CANCELLED' THEN 'Annulée : ' || pg_temp.one_of(g, 102, $2::text[]) END,
               t.start, t.start + pg_temp.pick(g, 103, 10), $3::text || d.city,
               CASE WHEN pg_temp.r(g, 104) < 0.8 THEN 100 * pg_temp.pick(g, 105, 50000) END,
               CASE WHEN st.status = 'COMPLETED' THEN pg_temp.pick(g, 106, 60) END,
               CASE WHEN st.status = 'COMPLETED' THEN pg_temp.pick(g, 107, 15) END,
               CASE WHEN st.status = 'COMPLETED' THEN 'Contacts suivis par l''équipe.' ELSE '' END,
               t.start - 45, now(), CASE WHEN pg_temp.r(g, 108) < 0.02 THEN now() END
             FROM generate_series(1, ${h.missions}) AS g
             CROSS JOIN LATERAL (SELECT pg_temp.day_of(g, 100) AS start, pg_temp.r(g, 109) AS roll) AS t
             CROSS JOIN LATERAL (SELECT CASE WHEN t.start > current_date THEN (ARRAY['DRAFT', 'APPROVED', 'CONFIRMED'])[1 + pg_temp.pick(g, 110, 3)]
               WHEN t.roll < 0.70 THEN 'COMPLETED' WHEN t.roll < 0.80 THEN 'CANCELLED' WHEN t.roll < 0.87 THEN 'CONFIRMED'
               WHEN t.roll < 0.94 THEN 'APPROVED' ELSE 'DRAFT' END AS status) AS st
             JOIN "Destination" d ON d.id = ${destination("pg_temp.destination_of(g, 111)")}`,
      values: [missionKinds, reasons, summary],
    },
    {
      // One to three cities: the first is the one in the title.
      text: `INSERT INTO "_DestinationToMission" ("A", "B")
             SELECT ${destination(`1 + (pg_temp.destination_of(g, 111) - 1 + k * 37) % ${h.destinations}`)}, pg_temp.bid('mission', g)
             FROM generate_series(1, ${h.missions}) AS g ${lateral(112)}
             CROSS JOIN LATERAL generate_series(0, CASE WHEN s.roll < 0.7 THEN 0 WHEN s.roll < 0.92 THEN 1 ELSE 2 END) AS k
             ON CONFLICT DO NOTHING`,
    },
    linkSectors("_MissionToSector", "mission", h.missions, 120),
    linkObjectives("_MissionToObjective", "mission", h.missions, 130),
    {
      text: `INSERT INTO "MissionPartner" ("missionId", "partnerId", role, "contributionCents")
             SELECT pg_temp.bid('mission', g), pg_temp.bid('partner', 1 + (pg_temp.partner_of(g, 140) - 1 + k * 7) % ${h.partners}),
               (CASE k WHEN 0 THEN 'LEAD' WHEN 1 THEN 'CO_ORGANISER' ELSE 'PARTICIPANT' END)::"MissionPartnerRole",
               100 * pg_temp.pick(g * 10 + k, 142, 20000)
             FROM generate_series(1, ${h.missions}) AS g CROSS JOIN LATERAL generate_series(0, pg_temp.pick(g, 141, 4)) AS k
             ON CONFLICT DO NOTHING`,
    },
    {
      text: `INSERT INTO "Delegation" (id, title, "originDestinationId", "originCountryCode", "arrivalAt", "departureAt", size, status,
               "cancellationReason", "hostName", programme, "createdAt", "updatedAt", "archivedAt")
             SELECT pg_temp.bid('delegation', g),
               'Délégation ' || pg_temp.one_of(g, 201, $1::text[]) || ' — ' || CASE WHEN t.has_origin THEN d.city ELSE t.country END,
               CASE WHEN t.has_origin THEN d.id END, CASE WHEN t.has_origin THEN d."countryCode" ELSE t.country END,
               t.arrival, t.arrival + make_interval(hours => 4 + pg_temp.pick(g, 202, 140)), 2 + pg_temp.pick(g, 203, 40),
               st.status::"DelegationStatus", CASE WHEN st.status = 'CANCELLED' THEN 'Annulée : ' || pg_temp.one_of(g, 204, $3::text[]) END,
               pg_temp.one_of(g, 205, $2::text[]), $4::text, t.arrival - interval '30 days', now(),
               CASE WHEN pg_temp.r(g, 206) < 0.02 THEN now() END
             FROM generate_series(1, ${h.delegations}) AS g
             CROSS JOIN LATERAL (SELECT pg_temp.instant_of(g, 200) AS arrival, pg_temp.r(g, 207) < 0.9 AS has_origin,
               pg_temp.one_of(g, 208, ARRAY['US', 'CN', 'JP', 'DE', 'GB', 'IT', 'CA', 'BR', 'IN', 'MA']) AS country, pg_temp.r(g, 209) AS roll) AS t
             CROSS JOIN LATERAL (SELECT CASE WHEN t.arrival > now() THEN 'EXPECTED'
               WHEN t.roll < 0.82 THEN 'WELCOMED' WHEN t.roll < 0.92 THEN 'CANCELLED' ELSE 'EXPECTED' END AS status) AS st
             JOIN "Destination" d ON d.id = ${destination("pg_temp.destination_of(g, 210)")}`,
      values: [delegationKinds, hosts, reasons, summary],
    },
    linkSectors("_DelegationToSector", "delegation", h.delegations, 220),
    linkPartners("_DelegationToPartner", "delegation", h.delegations, h.partners, 230, 0),
    {
      text: `INSERT INTO "InternationalEvent" (id, title, "startsAt", "endsAt", venue, attendance, status, summary, "createdAt", "updatedAt", "archivedAt")
             SELECT pg_temp.bid('event', g),
               pg_temp.one_of(g, 301, $1::text[]) || ' ' || pg_temp.one_of(g, 302, $2::text[]) || ' ' || extract(year FROM t.starts AT TIME ZONE 'Europe/Paris'),
               t.starts, t.starts + make_interval(hours => 3 + pg_temp.pick(g, 303, 70)), pg_temp.one_of(g, 304, $3::text[]),
               50 + pg_temp.pick(g, 305, 5000), st.status::"EventStatus", $4::text, t.starts - interval '90 days', now(),
               CASE WHEN pg_temp.r(g, 306) < 0.02 THEN now() END
             FROM generate_series(1, ${h.events}) AS g
             CROSS JOIN LATERAL (SELECT pg_temp.instant_of(g, 300) AS starts, pg_temp.r(g, 307) AS roll) AS t
             CROSS JOIN LATERAL (SELECT CASE WHEN t.starts > now() THEN 'PLANNED'
               WHEN t.roll < 0.85 THEN 'HELD' WHEN t.roll < 0.93 THEN 'CANCELLED' ELSE 'PLANNED' END AS status) AS st`,
      values: [eventKinds, themes, venues, summary],
    },
    linkSectors("_InternationalEventToSector", "event", h.events, 320),
    linkPartners("_InternationalEventToPartner", "event", h.events, h.partners, 330, 1),
    linkObjectives("_InternationalEventToObjective", "event", h.events, 340),
    {
      text: `INSERT INTO "JointAction" (id, "partnerId", date, kind, title, description, "missionId", "delegationId", "eventId",
               "destinationId", "objectiveId", outcome, "contactsCount", "investorLeadsCount", "createdAt", "updatedAt", "archivedAt")
             SELECT pg_temp.bid('joint', g), pg_temp.bid('partner', pg_temp.partner_of(g, 400)), pg_temp.day_of(g, 401),
               pg_temp.one_of(g, 402, enum_range(NULL::"JointActionKind")::text[])::"JointActionKind",
               'Action ' || pg_temp.one_of(g, 403, $1::text[]) || ' n° ' || g, $2::text,
               CASE WHEN pg_temp.r(g, 404) < 0.35 THEN pg_temp.bid('mission', 1 + pg_temp.pick(g, 405, ${h.missions})) END,
               CASE WHEN pg_temp.r(g, 406) < 0.15 THEN pg_temp.bid('delegation', 1 + pg_temp.pick(g, 407, ${h.delegations})) END,
               CASE WHEN pg_temp.r(g, 408) < 0.15 THEN pg_temp.bid('event', 1 + pg_temp.pick(g, 409, ${h.events})) END,
               CASE WHEN pg_temp.r(g, 410) < 0.7 THEN ${destination("pg_temp.destination_of(g, 411)")} END,
               CASE WHEN pg_temp.r(g, 412) < 0.6 THEN pg_temp.bid('objective', 1 + pg_temp.pick(g, 413, 3)) END,
               'Suites données par le partenaire.', pg_temp.pick(g, 414, 21), pg_temp.pick(g, 415, 6),
               pg_temp.day_of(g, 401), now(), CASE WHEN pg_temp.r(g, 416) < 0.02 THEN now() END
             FROM generate_series(1, ${h.jointActions}) AS g`,
      values: [themes, summary],
    },
    {
      text: `INSERT INTO "Agreement" (id, title, kind, counterpart, "destinationId", "startDate", "endDate", "isExclusive", notes, "missionId", "updatedAt")
             SELECT pg_temp.bid('agreement', g), 'Accord ' || d.city || ' n° ' || g,
               pg_temp.one_of(g, 501, enum_range(NULL::"AgreementKind")::text[])::"AgreementKind", 'Ville de ' || d.city, d.id,
               t.start, CASE WHEN pg_temp.r(g, 502) < 0.8 THEN t.start + 365 * (1 + pg_temp.pick(g, 503, 10)) END,
               pg_temp.r(g, 504) < 0.1, '', CASE WHEN pg_temp.r(g, 505) < 0.2 THEN pg_temp.bid('mission', 1 + pg_temp.pick(g, 506, ${h.missions})) END, now()
             FROM generate_series(1, ${h.agreements}) AS g
             CROSS JOIN LATERAL (SELECT pg_temp.day_of(g, 500) AS start) AS t
             JOIN "Destination" d ON d.id = ${destination("pg_temp.destination_of(g, 507)")}`,
    },
  ];
}

/** One or two of the eight sectors for each record of a kind. */
function linkSectors(table: string, kind: string, count: number, salt: number): SqlStatement {
  return {
    text: `INSERT INTO "${table}" ("A", "B")
           SELECT pg_temp.bid('${kind}', g), pg_temp.bid('sector', 1 + (pg_temp.pick(g, ${salt}, 8) + k * 3) % 8)
           FROM generate_series(1, ${count}) AS g CROSS JOIN LATERAL generate_series(0, pg_temp.pick(g, ${salt + 1}, 2)) AS k
           ON CONFLICT DO NOTHING`,
  };
}

/** None to two of the three objectives for each record of a kind. */
function linkObjectives(table: string, kind: string, count: number, salt: number): SqlStatement {
  return {
    text: `INSERT INTO "${table}" ("A", "B")
           SELECT pg_temp.bid('${kind}', g), pg_temp.bid('objective', 1 + (pg_temp.pick(g, ${salt}, 3) + k) % 3)
           FROM generate_series(1, ${count}) AS g CROSS JOIN LATERAL generate_series(1, pg_temp.pick(g, ${salt + 1}, 3)) AS k
           ON CONFLICT DO NOTHING`,
  };
}

/** `minimum` to `minimum + 2` partners for each record of a kind (implicit many-to-many, partner in column B). */
function linkPartners(
  table: string,
  kind: string,
  count: number,
  partners: number,
  salt: number,
  minimum: number,
): SqlStatement {
  return {
    text: `INSERT INTO "${table}" ("A", "B")
           SELECT pg_temp.bid('${kind}', g), pg_temp.bid('partner', 1 + (pg_temp.partner_of(g, ${salt}) - 1 + k * 11) % ${partners})
           FROM generate_series(1, ${count}) AS g CROSS JOIN LATERAL generate_series(1, ${minimum} + pg_temp.pick(g, ${salt + 2}, 3)) AS k
           ON CONFLICT DO NOTHING`,
  };
}
