import type { EventStatus } from "@/lib/generated/prisma/client";
import { objectivesFor } from "./mission-details";
import { buildEvent, parisInstant, type DemoEvent } from "./record-builders";
import type { DemoPartnerShortName } from "./partners";
import { demoId, type SectorCode } from "./reference";

// The demo's international events in Nice (docs/decisions/008-demo-data.md). Held events starting
// in each Paris calendar year: 2015 → 28, 2016 → 32 (the brochure's figure: the 28 yearly events and
// the four UEFA Euro 2016 matches), 2017 → 34, 2018 → 36. Noise: cancelled, planned, archived events.

export const heldEventsPerYear = { 2015: 28, 2016: 32, 2017: 34, 2018: 36 } as const;

type EventRow = [
  title: string,
  monthDay: string,
  days: number,
  venue: string,
  sectors: SectorCode[],
  partners: DemoPartnerShortName[],
  attendance: number,
];

// Held every year, on days that are never daylight-saving days. Attendance grows a little each year.
const yearly: EventRow[] = [
  ["Prom'Classic — course internationale", "01-10", 1, "Promenade des Anglais", ["CULTURE"], ["OTCN"], 9000],
  [
    "Carnaval de Nice — accueil des délégations internationales",
    "02-13",
    1,
    "Place Masséna",
    ["CULTURE"],
    ["Carnaval", "OTCN"],
    3500,
  ],
  [
    "Batailles de fleurs — soirée des ambassadeurs",
    "02-20",
    1,
    "Promenade des Anglais",
    ["CULTURE"],
    ["Carnaval"],
    1200,
  ],
  [
    "Forum Smart City Nice Côte d'Azur",
    "03-08",
    2,
    "Palais des congrès Nice Acropolis",
    ["SMART_CITIES", "INNOVATION"],
    ["TCA"],
    1800,
  ],
  [
    "Rencontres internationales des start-up",
    "03-22",
    1,
    "Palais de la Méditerranée",
    ["INNOVATION", "ECONOMIC_DEVELOPMENT"],
    ["TCA", "CCI NCA"],
    900,
  ],
  [
    "Conférence internationale sur la mobilité urbaine",
    "04-05",
    2,
    "Palais des congrès Nice Acropolis",
    ["SMART_CITIES"],
    [],
    1100,
  ],
  ["Semi-marathon international de Nice", "04-19", 1, "Promenade des Anglais", ["CULTURE"], ["OTCN"], 6000],
  [
    "Forum Smart Grids Méditerranée",
    "05-04",
    2,
    "Centre universitaire méditerranéen",
    ["SMART_GRIDS", "RESEARCH"],
    ["UCA"],
    650,
  ],
  [
    "Congrès international de cardiologie",
    "05-18",
    3,
    "Palais des congrès Nice Acropolis",
    ["HEALTH", "RESEARCH"],
    ["OTCN"],
    2500,
  ],
  ["Journées internationales de la recherche", "06-02", 2, "Campus Valrose", ["RESEARCH"], ["UCA"], 800],
  ["Festival du livre — invités internationaux", "06-06", 3, "Jardin Albert Ier", ["CULTURE"], [], 4000],
  [
    "Ironman France — accueil des délégations",
    "06-21",
    1,
    "Promenade des Anglais",
    ["ECONOMIC_DEVELOPMENT"],
    ["OTCN"],
    2800,
  ],
  [
    "Innovative City Convention",
    "07-02",
    2,
    "Palais des congrès Nice Acropolis",
    ["SMART_CITIES", "INNOVATION"],
    ["TCA"],
    2200,
  ],
  [
    "Nice Jazz Festival — soirée des partenaires internationaux",
    "07-17",
    1,
    "Théâtre de Verdure",
    ["CULTURE"],
    ["OTCN"],
    1500,
  ],
  [
    "Rencontres internationales de la santé connectée",
    "09-08",
    2,
    "Palais de la Méditerranée",
    ["HEALTH", "INNOVATION"],
    ["TCA"],
    700,
  ],
  [
    "Assemblée des villes jumelées et partenaires",
    "09-15",
    1,
    "Palais de la Méditerranée",
    ["ECONOMIC_DEVELOPMENT"],
    [],
    300,
  ],
  [
    "Colloque méditerranéen sur les risques naturels",
    "09-22",
    2,
    "Centre universitaire méditerranéen",
    ["RISK_PREVENTION", "RESEARCH"],
    ["UCA"],
    450,
  ],
  ["Festival international de danse", "10-04", 4, "Opéra de Nice", ["CULTURE"], ["BNM"], 5000],
  ["Journée internationale de la sécurité civile", "10-11", 1, "Allianz Riviera", ["RISK_PREVENTION"], [], 1200],
  [
    "Salon international du tourisme d'affaires",
    "10-18",
    2,
    "Palais des congrès Nice Acropolis",
    ["ECONOMIC_DEVELOPMENT"],
    ["OTCN"],
    1600,
  ],
  [
    "Forum de la coopération décentralisée",
    "11-03",
    1,
    "Palais de la Méditerranée",
    ["ECONOMIC_DEVELOPMENT", "CULTURE"],
    ["Région Sud"],
    400,
  ],
  [
    "Marathon des Alpes-Maritimes Nice-Cannes — accueil international",
    "11-08",
    1,
    "Promenade des Anglais",
    ["CULTURE"],
    ["OTCN"],
    12000,
  ],
  [
    "Rencontres économiques franco-chinoises",
    "11-15",
    1,
    "Palais de la Méditerranée",
    ["ECONOMIC_DEVELOPMENT"],
    ["TCA", "Région Sud"],
    500,
  ],
  ["Forum international e-santé", "11-22", 2, "Palais des congrès Nice Acropolis", ["HEALTH"], ["UCA"], 900],
  ["Gala international du Ballet Nice Méditerranée", "12-02", 1, "Opéra de Nice", ["CULTURE"], ["BNM"], 1000],
  [
    "Sommet méditerranéen des villes intelligentes",
    "12-07",
    2,
    "Palais Nikaïa",
    ["SMART_CITIES", "SMART_GRIDS"],
    ["TCA"],
    1400,
  ],
  ["Concert international de fin d'année", "12-15", 1, "Palais Nikaïa", ["CULTURE"], ["OTCN"], 6500],
  ["Rencontre internationale de rugby", "11-19", 1, "Allianz Riviera", ["CULTURE"], [], 30000],
];

// Held once.
const oneOff: Record<number, EventRow[]> = {
  2016: [
    [
      "UEFA Euro 2016 — Pologne – Irlande du Nord",
      "06-12",
      1,
      "Allianz Riviera",
      ["CULTURE", "RISK_PREVENTION"],
      ["OTCN"],
      33000,
    ],
    [
      "UEFA Euro 2016 — Espagne – Turquie",
      "06-17",
      1,
      "Allianz Riviera",
      ["CULTURE", "RISK_PREVENTION"],
      ["OTCN"],
      33000,
    ],
    [
      "UEFA Euro 2016 — Suède – Belgique",
      "06-22",
      1,
      "Allianz Riviera",
      ["CULTURE", "RISK_PREVENTION"],
      ["OTCN"],
      34000,
    ],
    [
      "UEFA Euro 2016 — Angleterre – Islande",
      "06-27",
      1,
      "Allianz Riviera",
      ["CULTURE", "RISK_PREVENTION"],
      ["OTCN"],
      34000,
    ],
  ],
  2017: [
    ["Rencontres Nice – Xiamen du Carnaval", "01-24", 1, "Palais de la Méditerranée", ["CULTURE"], ["Carnaval"], 300],
    ["Forum franco-russe de l'innovation", "03-15", 1, "Palais de la Méditerranée", ["INNOVATION"], ["TCA"], 400],
    [
      "Conférence internationale Smart Grids",
      "05-10",
      2,
      "Palais des congrès Nice Acropolis",
      ["SMART_GRIDS"],
      ["TCA"],
      900,
    ],
    ["Semaine de la French Tech Côte d'Azur", "06-13", 3, "Palais Nikaïa", ["INNOVATION"], ["TCA", "CCI NCA"], 2500],
    [
      "Congrès international de la gestion de crise",
      "09-12",
      2,
      "Centre universitaire méditerranéen",
      ["RISK_PREVENTION"],
      ["UCA"],
      500,
    ],
    [
      "Forum des investisseurs nord-américains",
      "10-24",
      1,
      "Palais de la Méditerranée",
      ["ECONOMIC_DEVELOPMENT"],
      ["TCA"],
      250,
    ],
  ],
  2018: [
    [
      "Année du tourisme UE-Chine — ouverture niçoise",
      "01-16",
      1,
      "Palais de la Méditerranée",
      ["CULTURE", "ECONOMIC_DEVELOPMENT"],
      ["OTCN", "Carnaval"],
      600,
    ],
    [
      "Forum international de l'intelligence artificielle",
      "02-07",
      2,
      "Palais des congrès Nice Acropolis",
      ["INNOVATION", "RESEARCH"],
      ["UCA", "TCA"],
      1500,
    ],
    [
      "Rencontres internationales de l'eau",
      "03-13",
      2,
      "Centre universitaire méditerranéen",
      ["RISK_PREVENTION", "SMART_CITIES"],
      [],
      450,
    ],
    [
      "Forum Nice – Israël de la cybersécurité",
      "04-10",
      1,
      "Palais de la Méditerranée",
      ["RISK_PREVENTION", "INNOVATION"],
      ["TCA"],
      350,
    ],
    [
      "Conférence internationale de la santé urbaine",
      "05-15",
      2,
      "Palais des congrès Nice Acropolis",
      ["HEALTH"],
      ["UCA"],
      1100,
    ],
    [
      "Sommet des aéroports méditerranéens",
      "06-12",
      1,
      "Palais de la Méditerranée",
      ["ECONOMIC_DEVELOPMENT"],
      ["ACA"],
      300,
    ],
    ["Exposition internationale des arts numériques", "09-18", 5, "Palais Nikaïa", ["CULTURE", "INNOVATION"], [], 7000],
    [
      "Forum Nice – Afrique de l'entrepreneuriat",
      "10-16",
      1,
      "Palais de la Méditerranée",
      ["ECONOMIC_DEVELOPMENT"],
      ["CCI NCA"],
      350,
    ],
  ],
};

function eventFrom(
  key: string,
  [title, monthDay, days, venue, sectors, partners, attendance]: EventRow,
  year: number,
  status: EventStatus,
  extra: Partial<DemoEvent["event"]> = {},
): DemoEvent {
  const first = `${year}-${monthDay}`;
  const last = new Date(Date.parse(`${first}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const id = demoId("event", key);
  const event = buildEvent({
    id,
    title,
    startsAt: parisInstant(first, "09:00"),
    endsAt: parisInstant(last, "19:00"),
    venue,
    status,
    summary: `${title}, ${venue}, Nice.`,
    ...(status === "HELD" ? { attendance: Math.round(attendance * (1 + (year - 2015) * 0.06)) } : {}),
    ...extra,
  });
  return { event: { ...event, id }, sectors, partners, objectives: objectivesFor(sectors, partners.length) };
}

/** Every demo event, the same on every call. */
export function demoEvents(): DemoEvent[] {
  const held = [2015, 2016, 2017, 2018].flatMap((year) => [
    ...yearly.map((row, index) => eventFrom(`${year}-${index}`, row, year, "HELD")),
    ...(oneOff[year] ?? []).map((row, index) => eventFrom(`${year}-once-${index}`, row, year, "HELD")),
  ]);
  const row = (title: string, monthDay: string, sectors: SectorCode[]): EventRow => [
    title,
    monthDay,
    1,
    "Palais de la Méditerranée",
    sectors,
    ["TCA"],
    0,
  ];
  return [
    ...held,
    eventFrom(
      "2016-cancelled-forum",
      row("Forum international de l'économie bleue", "07-19", ["ECONOMIC_DEVELOPMENT"]),
      2016,
      "CANCELLED",
    ),
    eventFrom(
      "2016-cancelled-festival",
      row("Festival international des arts de la rue", "08-09", ["CULTURE"]),
      2016,
      "CANCELLED",
    ),
    eventFrom(
      "2016-planned-summit",
      row("Sommet international des métropoles innovantes", "12-13", ["SMART_CITIES"]),
      2016,
      "PLANNED",
    ),
    eventFrom("2016-archived-duplicate", yearly[3]!, 2016, "HELD", {
      title: "Forum Smart City Nice Côte d'Azur (doublon)",
      archivedAt: new Date("2016-03-15T10:00:00Z"),
    }),
    eventFrom(
      "2017-cancelled-forum",
      row("Forum des villes portuaires", "10-03", ["ECONOMIC_DEVELOPMENT"]),
      2017,
      "CANCELLED",
    ),
    eventFrom("2019-planned-convention", yearly[12]!, 2019, "PLANNED"),
  ];
}
