import type { ParticipantKind } from "@/lib/generated/prisma/client";
import type { DemoMission } from "./record-builders";
import { demoAssociatePartners, demoPartners, type DemoPartnerShortName } from "./partners";
import type { DestinationCity, ObjectiveCode, SectorCode } from "./reference";

// How the demo fills in a mission's participants, agenda and objectives when its row does not spell
// them out: derived from the row's partners, sectors and dates, so the same row always gives the
// same mission. People and start-ups are invented.

type Participant = DemoMission["participants"][number];
type AgendaItem = DemoMission["agenda"][number];

const officials = ["Claire Martin", "Philippe Rossi", "Isabelle Garnier", "Marc Lambert", "Nadia Benali"];
const people = [
  "Julien Moreau",
  "Camille Laurent",
  "Antoine Mercier",
  "Sarah Cohen",
  "Lucas Fabre",
  "Émilie Roux",
  "Hugo Lefèvre",
  "Inès Haddad",
  "Nicolas Blanc",
  "Chloé Perrin",
  "Mathieu Gauthier",
  "Laura Bianchi",
];
const startups = [
  "Azur Sensors",
  "MedRiviera",
  "GridWave",
  "Nissa Mobility",
  "Riviera Data Lab",
  "Baie des Anges Robotics",
];
const pressTitles = ["Nice-Matin", "La Tribune Côte d'Azur", "Azur TV"];

const partnerNames = new Map<string, string>(
  [...demoPartners, ...demoAssociatePartners].map((partner) => [partner.shortName, partner.name]),
);

const partnerParticipantKind: Record<DemoPartnerShortName, ParticipantKind> = {
  TCA: "OFFICIAL",
  OTCN: "OFFICIAL",
  "Région Sud": "OFFICIAL",
  "CCI NCA": "OFFICIAL",
  BNM: "ARTIST",
  Carnaval: "ARTIST",
  UCA: "OTHER",
  ACA: "COMPANY",
};

/** What each partner seeks from a mission, as the briefing book tells the delegation. */
export const partnerSeeks: Record<DemoPartnerShortName, string> = {
  TCA: "Rencontrer des investisseurs et des entreprises susceptibles de s'implanter sur la Côte d'Azur",
  OTCN: "Promouvoir Nice auprès des voyagistes et des organisateurs de congrès",
  "Région Sud": "Porter l'offre régionale et ses filières d'excellence",
  "CCI NCA": "Ouvrir des marchés aux entreprises azuréennes",
  BNM: "Faire connaître le Ballet et préparer une tournée",
  Carnaval: "Faire vivre la marque Carnaval de Nice à l'étranger",
  UCA: "Nouer des partenariats de recherche et des échanges d'étudiants",
  ACA: "Attirer des vols et des passagers vers l'aéroport Nice Côte d'Azur",
};

const sectorActivities: Record<SectorCode, string> = {
  SMART_CITIES: "Visite du centre de pilotage de la ville intelligente",
  SMART_GRIDS: "Visite d'un démonstrateur de réseau électrique intelligent",
  ECONOMIC_DEVELOPMENT: "Rencontres B2B et présentation du territoire aux investisseurs",
  INNOVATION: "Présentation des start-up niçoises à l'écosystème local",
  RISK_PREVENTION: "Échanges avec les services de gestion de crise",
  CULTURE: "Rencontre avec les institutions culturelles",
  HEALTH: "Visite d'un campus hospitalier et rendez-vous e-santé",
  RESEARCH: "Séminaire avec les universités partenaires",
};

const hasBusinessSector = (sectors: SectorCode[]) =>
  sectors.some(
    (sector) =>
      sector === "ECONOMIC_DEVELOPMENT" ||
      sector === "INNOVATION" ||
      sector === "SMART_CITIES" ||
      sector === "SMART_GRIDS",
  );

/** The objectives a mission serves: reach always, investment for business sectors, stakeholders when several partners go. */
export function objectivesFor(sectors: SectorCode[], partnerCount: number): ObjectiveCode[] {
  return [
    "REACH",
    ...(hasBusinessSector(sectors) ? (["INVESTMENT"] as const) : []),
    ...(partnerCount >= 2 ? (["STAKEHOLDERS"] as const) : []),
  ];
}

/** An official of the Métropole, one person per partner organisation, start-ups and press as the sectors call for. */
export function participantsFor(index: number, sectors: SectorCode[], partners: DemoPartnerShortName[]): Participant[] {
  const list: Omit<Participant, "position">[] = [
    { name: officials[index % officials.length]!, kind: "OFFICIAL", organisation: "Métropole Nice Côte d'Azur" },
    ...partners.map((shortName, offset) => ({
      name: people[(index * 3 + offset) % people.length]!,
      kind: partnerParticipantKind[shortName],
      organisation: partnerNames.get(shortName) ?? shortName,
    })),
  ];
  if (hasBusinessSector(sectors) || sectors.includes("HEALTH")) {
    list.push({
      name: people[(index * 3 + 7) % people.length]!,
      kind: "STARTUP",
      organisation: startups[index % startups.length]!,
    });
    list.push({
      name: people[(index * 3 + 8) % people.length]!,
      kind: "STARTUP",
      organisation: startups[(index + 2) % startups.length]!,
    });
  }
  if (index % 3 === 0)
    list.push({
      name: people[(index + 5) % people.length]!,
      kind: "PRESS",
      organisation: pressTitles[index % pressTitles.length]!,
    });
  return list.map((participant, position) => ({ ...participant, position }));
}

function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${start}T00:00:00Z`); time <= Date.parse(`${end}T00:00:00Z`); time += 86_400_000) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

/** One line a day: arrival, then the sectors' activities in the cities visited, then the wrap-up. */
export function agendaFor(start: string, end: string, cities: DestinationCity[], sectors: SectorCode[]): AgendaItem[] {
  const days = daysBetween(start, end);
  return days.map((day, index) => {
    const city = cities[Math.min(cities.length - 1, Math.floor((index * cities.length) / days.length))]!;
    const title =
      index === 0
        ? "Arrivée de la délégation et réunion de coordination"
        : index === days.length - 1
          ? "Bilan de la mission et retour à Nice"
          : sectorActivities[sectors[(index - 1) % sectors.length]!];
    return {
      day: new Date(`${day}T00:00:00Z`),
      time: index === 0 ? "14:00" : "09:30",
      title,
      location: city,
      position: index,
    };
  });
}
