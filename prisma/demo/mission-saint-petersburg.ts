import { buildMission, calendarDay, type DemoMission } from "./record-builders";
import { partnerSeeks } from "./mission-details";
import { demoId } from "./reference";

// The brochure's founding mission: "In 2015, an initial multi-partnership and multi-sectoral mission
// travelled to St Petersburg, at the same time that the ballet company, Ballet de Nice Méditerranée
// de l'Opéra Nice Côte d'Azur, put its cultural talent to work…". Dates, people and figures are invented.

const key = "2015-saint-petersburg";

/** Times are local (Saint Petersburg); the last part, when there, is whom the delegation meets. */
const agenda: [day: string, time: string, title: string, location: string, counterpart?: string][] = [
  [
    "2015-10-12",
    "11:00",
    "Arrivée de la délégation et réunion de coordination des partenaires",
    "Hôtel de la délégation, perspective Nevski",
  ],
  [
    "2015-10-12",
    "19:00",
    "Réception au consulat général de France",
    "Consulat général de France",
    "Consul général de France et chambre de commerce franco-russe",
  ],
  [
    "2015-10-13",
    "09:30",
    "Forum d'affaires Nice Côte d'Azur – Saint-Pétersbourg : présentation du territoire et des start-up niçoises",
    "Centre d'affaires",
    "Анна Волкова, agence de développement économique (personne de démonstration)",
  ],
  [
    "2015-10-13",
    "19:30",
    "Représentation du Ballet Nice Méditerranée, suivie d'une rencontre avec les invités russes",
    "Théâtre",
  ],
  ["2015-10-14", "09:00", "Rendez-vous B2B entre start-up niçoises et investisseurs russes", "Centre d'affaires"],
  ["2015-10-14", "15:00", "Visite d'un parc technologique et de ses incubateurs", "Parc technologique"],
  [
    "2015-10-15",
    "10:00",
    "Rencontre avec le comité des relations extérieures de la ville",
    "Administration de la ville",
    "Комитет по внешним связям Санкт-Петербурга (comité des relations extérieures)",
  ],
  [
    "2015-10-15",
    "19:00",
    "Soirée Côte d'Azur : gala avec les danseurs du Ballet et les partenaires russes",
    "Palais de réception",
  ],
  [
    "2015-10-16",
    "09:30",
    "Bilan de la mission avec les partenaires et départ",
    "Hôtel de la délégation, perspective Nevski",
  ],
];

const participants: [name: string, kind: DemoMission["participants"][number]["kind"], organisation: string][] = [
  ["Claire Martin", "OFFICIAL", "Métropole Nice Côte d'Azur"],
  ["Philippe Rossi", "OFFICIAL", "Métropole Nice Côte d'Azur"],
  ["Julien Moreau", "OFFICIAL", "Team Côte d'Azur"],
  ["Camille Laurent", "OFFICIAL", "Office du Tourisme et des Congrès de Nice"],
  ["Antoine Mercier", "STARTUP", "Azur Sensors"],
  ["Sarah Cohen", "STARTUP", "MedRiviera"],
  ["Lucas Fabre", "STARTUP", "GridWave"],
  ["Émilie Roux", "COMPANY", "Riviera Hôtellerie"],
  [
    "Compagnie du Ballet Nice Méditerranée (24 danseurs)",
    "ARTIST",
    "Ballet Nice Méditerranée (Opéra Nice Côte d'Azur)",
  ],
  ["Inès Haddad", "ARTIST", "Ballet Nice Méditerranée (Opéra Nice Côte d'Azur)"],
  ["Hugo Lefèvre", "PRESS", "Nice-Matin"],
  ["Nicolas Blanc", "PRESS", "La Tribune Côte d'Azur"],
];

export function saintPetersburg2015(): DemoMission {
  const id = demoId("mission", key);
  const mission = buildMission({
    id,
    title: "Mission multipartenariale à Saint-Pétersbourg",
    status: "COMPLETED",
    startDate: calendarDay("2015-10-12"),
    endDate: calendarDay("2015-10-16"),
    summary:
      "Première mission multipartenariale et multisectorielle de la Métropole. Pendant que le Ballet Nice Méditerranée " +
      "de l'Opéra Nice Côte d'Azur se produit à Saint-Pétersbourg, la délégation présente les start-up niçoises, " +
      "noue des liens économiques durables et rencontre des investisseurs russes.",
    budgetCents: 6_800_000,
    contactsCount: 96,
    leadsCount: 14,
    lettersOfIntentCount: 2,
    nextSteps:
      "Accompagner les trois start-up en discussion avec des investisseurs russes ; préparer avec Team Côte d'Azur " +
      "la mission multipartenariale de 2016 aux États-Unis.",
    outcomeNotes:
      "14 projets d'implantation ou d'investissement identifiés ; trois start-up en discussion avec des investisseurs russes. " +
      "Le format multipartenarial est reconduit dès 2016 : États-Unis, Suède, Chine, Royaume-Uni et Canada.",
    practicalNotes:
      "Hôtel de la délégation : perspective Nevski (adresse de démonstration).\n" +
      "Visa d'affaires russe obligatoire ; passeport valable six mois après le retour.\n" +
      "Urgence : consulat général de France à Saint-Pétersbourg (coordonnées à reporter depuis le site du ministère des Affaires étrangères).",
  });
  return {
    mission: { ...mission, id },
    destinations: ["Saint Petersburg"],
    sectors: ["SMART_CITIES", "ECONOMIC_DEVELOPMENT", "INNOVATION", "CULTURE"],
    objectives: ["REACH", "STAKEHOLDERS", "INVESTMENT"],
    partners: (
      [
        { shortName: "TCA", role: "LEAD", contributionCents: 1_500_000 },
        { shortName: "BNM", role: "CO_ORGANISER", contributionCents: 1_200_000 },
        { shortName: "OTCN", role: "PARTICIPANT", contributionCents: 500_000 },
      ] as const
    ).map((partner) => ({ ...partner, seeks: partnerSeeks[partner.shortName] })),
    participants: participants.map(([name, kind, organisation], position) => ({ name, kind, organisation, position })),
    agenda: agenda.map(([day, time, title, location, counterpart = ""], position) => ({
      day: calendarDay(day),
      time,
      title,
      location,
      counterpart,
      position,
    })),
  };
}
