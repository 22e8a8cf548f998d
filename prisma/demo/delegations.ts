import type { DelegationStatus } from "@/lib/generated/prisma/client";
import { demoRandom, type DemoRandom } from "./random";
import { buildDelegation, parisInstant, type DemoDelegation } from "./record-builders";
import type { DemoPartnerShortName } from "./partners";
import { countryOf, demoId, demoPriorityPeriod, type DestinationCity, type SectorCode } from "./reference";

// The demo's foreign delegations (docs/decisions/008-demo-data.md). Welcomed delegations arriving in
// each Paris calendar year: 2015 → 41, 2016 → 52 (the brochure's figure), 2017 → 55, 2018 → 58.
// Around them, noise the figures must ignore: cancelled, still expected and archived delegations,
// and two New Year's Eve arrivals that only a Paris-time count puts in the right year.

export const welcomedDelegationsPerYear = { 2015: 41, 2016: 52, 2017: 55, 2018: 58 } as const;

/** 23:30 on 31 December 2016 in Paris (22:30Z): welcomed in 2016. */
export const lastArrivalOf2016 = {
  title: "Délégation de Tokyo — réveillon de la Saint-Sylvestre",
  arrivalAt: new Date("2016-12-31T22:30:00Z"),
};
/** 00:30 on 1 January 2017 in Paris, still 2016 in UTC (23:30Z): welcomed in 2017. */
export const firstArrivalOf2017 = {
  title: "Délégation de Singapour — Nouvel An",
  arrivalAt: new Date("2016-12-31T23:30:00Z"),
};

const frenchCityNames: Partial<Record<DestinationCity, string>> = {
  London: "Londres",
  Moscow: "Moscou",
  Quebec: "Québec",
  "Saint Petersburg": "Saint-Pétersbourg",
  Singapore: "Singapour",
  Haifa: "Haïfa",
  Montreal: "Montréal",
  Gothenburg: "Göteborg",
  Genoa: "Gênes",
};
const countryAdjectives: Record<string, string> = {
  IT: "italienne",
  DE: "allemande",
  MC: "monégasque",
  MA: "marocaine",
  KR: "coréenne",
};
const topics: Record<SectorCode, string> = {
  SMART_CITIES: "ville intelligente",
  SMART_GRIDS: "réseaux intelligents",
  ECONOMIC_DEVELOPMENT: "investissement",
  INNOVATION: "innovation",
  RISK_PREVENTION: "sécurité et gestion des risques",
  CULTURE: "culture et tourisme",
  HEALTH: "santé",
  RESEARCH: "recherche universitaire",
};
const sectors = Object.keys(topics) as SectorCode[];
const otherOrigins: (DestinationCity | string)[] = [
  "Montreal",
  "New York",
  "Shanghai",
  "Manchester",
  "Gothenburg",
  "Genoa",
  "IT",
  "DE",
  "MC",
  "MA",
  "KR",
];
const partnerSets: DemoPartnerShortName[][] = [
  ["TCA"],
  ["OTCN"],
  ["TCA", "OTCN"],
  ["CCI NCA"],
  ["UCA"],
  ["Région Sud", "TCA"],
  ["ACA", "OTCN"],
  [],
];
const hosts = ["Sophie Staff", "Claire Martin", "Philippe Rossi", "Nadia Benali"];

function titleFor(origin: string, topic: string): string {
  if (origin.length === 2) return `Délégation ${countryAdjectives[origin]} — ${topic}`;
  const city = frenchCityNames[origin as DestinationCity] ?? origin;
  return `Délégation ${/^[AEIOUÉ]/.test(city) ? "d'" : "de "}${city} — ${topic}`;
}

type Spec = {
  key: string;
  origin: string;
  day: string;
  time: string;
  status: DelegationStatus;
  random: DemoRandom;
  extra?: Partial<DemoDelegation["delegation"]>;
};

function delegationFrom({ key, origin, day, time, status, random, extra = {} }: Spec): DemoDelegation {
  const chosenSectors = random.some(sectors, random.int(1, 3));
  const partners = random.pick(partnerSets);
  const arrivalAt = extra.arrivalAt instanceof Date ? extra.arrivalAt : parisInstant(day, time);
  const isCity = origin.length > 2;
  const delegation = buildDelegation({
    id: demoId("delegation", key),
    title: titleFor(origin, topics[chosenSectors[0]!]),
    originCountryCode: isCity ? countryOf(origin as DestinationCity) : origin,
    arrivalAt,
    departureAt: new Date(arrivalAt.getTime() + (random.int(1, 4) * 24 + 6) * 3_600_000),
    size: random.int(3, 40),
    status,
    hostName: random.pick(hosts),
    programme:
      "Accueil par la Métropole, présentation du territoire, visites de sites et rendez-vous avec les acteurs locaux" +
      (partners.length > 0 ? ` (${partners.join(", ")}).` : "."),
    ...(status === "CANCELLED" ? { cancellationReason: "Annulée par la délégation." } : {}),
    ...extra,
  });
  return {
    delegation: { ...delegation, id: demoId("delegation", key) },
    origin: isCity ? (origin as DestinationCity) : null,
    sectors: chosenSectors,
    partners,
  };
}

/** `count` welcomed delegations spread over the year, on days that are never daylight-saving days. */
function welcomedIn(year: number, count: number, random: DemoRandom): DemoDelegation[] {
  return Array.from({ length: count }, (_, index) => {
    const month = String(Math.floor((index * 12) / count) + 1).padStart(2, "0");
    const day = String(2 + ((index * 7) % 22)).padStart(2, "0");
    // Mostly the period's priority destinations, one in four from elsewhere.
    const origin = index % 4 === 3 ? random.pick(otherOrigins) : random.pick(demoPriorityPeriod.cities);
    return delegationFrom({
      key: `${year}-${index}`,
      origin,
      day: `${year}-${month}-${day}`,
      time: random.pick(["09:00", "10:30", "14:00", "18:45"]),
      status: "WELCOMED",
      random,
    });
  });
}

/** Every demo delegation, the same on every call. */
export function demoDelegations(): DemoDelegation[] {
  const random = demoRandom(2016);
  const at = (
    key: string,
    origin: string,
    day: string,
    time: string,
    status: DelegationStatus,
    extra: Spec["extra"] = {},
  ) => delegationFrom({ key, origin, day, time, status, random, extra });
  return [
    ...welcomedIn(2015, welcomedDelegationsPerYear[2015], random),
    ...welcomedIn(2016, welcomedDelegationsPerYear[2016] - 1, random),
    at("2016-new-years-eve", "Tokyo", "2016-12-31", "23:30", "WELCOMED", lastArrivalOf2016),
    at("2016-cancelled-houston", "Houston", "2016-03-14", "10:00", "CANCELLED"),
    at("2016-cancelled-sousse", "Sousse", "2016-10-11", "09:00", "CANCELLED"),
    at("2016-expected-gdansk", "Gdansk", "2016-11-15", "14:00", "EXPECTED"),
    at("2016-archived-xiamen", "Xiamen", "2016-02-16", "10:30", "WELCOMED", {
      archivedAt: new Date("2016-02-20T09:00:00Z"),
    }),
    at("2017-new-year", "Singapore", "2017-01-01", "00:30", "WELCOMED", firstArrivalOf2017),
    ...welcomedIn(2017, welcomedDelegationsPerYear[2017] - 1, random),
    at("2017-cancelled-moscow", "Moscow", "2017-04-19", "09:00", "CANCELLED"),
    ...welcomedIn(2018, welcomedDelegationsPerYear[2018], random),
    at("2018-cancelled-abidjan", "Abidjan", "2018-09-12", "10:30", "CANCELLED"),
    at("2019-expected-zhuhai", "Zhuhai", "2019-01-22", "09:00", "EXPECTED"),
    at("2019-expected-quebec", "Quebec", "2019-02-12", "14:00", "EXPECTED"),
  ];
}
