import type { MissionPartnerRole, MissionStatus } from "@/lib/generated/prisma/client";
import { agendaFor, objectivesFor, participantsFor } from "./mission-details";
import { saintPetersburg2015 } from "./mission-saint-petersburg";
import { buildMission, calendarDay, type DemoMission } from "./record-builders";
import type { DemoPartnerShortName } from "./partners";
import { demoId, type DestinationCity, type SectorCode } from "./reference";

// The demo missions, 2015–2019 (docs/decisions/008-demo-data.md). Completed missions starting in
// each year: 2015 → 9, 2016 → 13 (the brochure's figure), 2017 → 15, 2018 → 14. The rest is noise
// the figures must ignore: cancelled, draft and planned missions, an archived duplicate, a mission
// straddling New Year (it counts for the year it starts in) and plans for 2019. Amounts in euros here.

type MissionRow = {
  key: string;
  title: string;
  start: string;
  end: string;
  to: DestinationCity[];
  sectors: SectorCode[];
  partners?: [DemoPartnerShortName, MissionPartnerRole, number][];
  budget?: number;
  /** Contacts made and leads opened; only completed missions have them. */
  outcome?: [number, number, string?];
  status?: MissionStatus;
  cancellationReason?: string;
  archivedAt?: string;
  summary?: string;
};

const rows: MissionRow[] = [
  // 2015: 9 completed (Saint Petersburg is described in full in its own file).
  { key: "2015-turin", title: "Mission Turin — réseaux électriques intelligents", start: "2015-02-09", end: "2015-02-12", to: ["Turin"], sectors: ["SMART_GRIDS", "INNOVATION"], partners: [["TCA", "PARTICIPANT", 3000]], budget: 18000, outcome: [24, 4] },
  { key: "2015-israel", title: "Mission Israël — innovation et recherche", start: "2015-03-16", end: "2015-03-19", to: ["Tel Aviv", "Haifa"], sectors: ["INNOVATION", "RESEARCH", "HEALTH"], partners: [["TCA", "LEAD", 8000], ["UCA", "PARTICIPANT", 4000]], budget: 30000, outcome: [41, 7] },
  { key: "2015-gdansk", title: "Mission Gdansk — tourisme et culture", start: "2015-04-20", end: "2015-04-23", to: ["Gdansk"], sectors: ["CULTURE", "ECONOMIC_DEVELOPMENT"], partners: [["OTCN", "LEAD", 6000]], budget: 22000, outcome: [30, 3] },
  { key: "2015-moscow", title: "Mission Moscou avec la Région", start: "2015-05-18", end: "2015-05-21", to: ["Moscow"], sectors: ["ECONOMIC_DEVELOPMENT"], partners: [["Région Sud", "LEAD", 10000]], status: "CANCELLED", cancellationReason: "Reportée : les visas de la délégation n'ont pas été délivrés à temps." },
  { key: "2015-london", title: "Mission Londres — London Technology Week", start: "2015-06-15", end: "2015-06-18", to: ["London"], sectors: ["SMART_CITIES", "INNOVATION"], partners: [["TCA", "LEAD", 10000], ["CCI NCA", "PARTICIPANT", 3000]], budget: 35000, outcome: [52, 9] },
  { key: "2015-singapore", title: "Mission Singapour — ville intelligente", start: "2015-07-06", end: "2015-07-10", to: ["Singapore"], sectors: ["SMART_CITIES", "RISK_PREVENTION"], partners: [["TCA", "PARTICIPANT", 7000]], budget: 40000, outcome: [38, 6] },
  { key: "2015-nuremberg", title: "Mission Nuremberg — industrie et réseaux intelligents", start: "2015-09-21", end: "2015-09-24", to: ["Nuremberg"], sectors: ["SMART_GRIDS", "ECONOMIC_DEVELOPMENT"], partners: [["TCA", "CO_ORGANISER", 5000], ["CCI NCA", "CO_ORGANISER", 5000]], budget: 26000, outcome: [33, 5] },
  { key: "2015-abidjan", title: "Mission Abidjan — santé et développement économique", start: "2015-11-16", end: "2015-11-19", to: ["Abidjan"], sectors: ["HEALTH", "ECONOMIC_DEVELOPMENT"], partners: [["CCI NCA", "LEAD", 6000], ["UCA", "PARTICIPANT", 2000]], budget: 28000, outcome: [27, 4] },
  { key: "2015-rio", title: "Mission Rio de Janeiro — sécurité des grands événements", start: "2015-12-28", end: "2016-01-05", to: ["Rio de Janeiro"], sectors: ["RISK_PREVENTION", "SMART_CITIES"], partners: [["TCA", "PARTICIPANT", 4000]], budget: 45000, outcome: [19, 2], summary: "Retour d'expérience avant les Jeux olympiques de 2016 : sécurité des grands événements et gestion de crise. Partie fin 2015, la mission compte pour 2015." },
  // 2016: 13 completed, with the format repeated in the USA, Sweden, China, the UK and Canada.
  { key: "2016-moscow", title: "Mission Russie avec la Région — Moscou", start: "2016-01-25", end: "2016-01-28", to: ["Moscow"], sectors: ["ECONOMIC_DEVELOPMENT", "CULTURE", "INNOVATION"], partners: [["Région Sud", "LEAD", 15000], ["TCA", "CO_ORGANISER", 8000], ["OTCN", "PARTICIPANT", 3000]], budget: 60000, outcome: [64, 11] },
  { key: "2016-xiamen", title: "Mission Xiamen — licence de la marque Carnaval de Nice", start: "2016-03-07", end: "2016-03-10", to: ["Xiamen"], sectors: ["CULTURE", "ECONOMIC_DEVELOPMENT"], partners: [["OTCN", "LEAD", 7000], ["Carnaval", "CO_ORGANISER", 5000]], budget: 32000, outcome: [28, 5, "Signature de la licence exclusive de la marque Carnaval de Nice en Chine pour cinq ans."] },
  { key: "2016-houston", title: "Mission États-Unis avec la Région — Houston", start: "2016-04-04", end: "2016-04-08", to: ["Houston"], sectors: ["HEALTH", "SMART_GRIDS", "RESEARCH"], partners: [["TCA", "LEAD", 10000], ["Région Sud", "CO_ORGANISER", 12000], ["UCA", "PARTICIPANT", 4000]], budget: 70000, outcome: [71, 13] },
  { key: "2016-stockholm", title: "Mission Suède — Stockholm, ville durable", start: "2016-05-09", end: "2016-05-12", to: ["Stockholm"], sectors: ["SMART_CITIES", "SMART_GRIDS", "INNOVATION"], partners: [["TCA", "LEAD", 9000], ["OTCN", "PARTICIPANT", 3000], ["ACA", "PARTICIPANT", 2000]], budget: 42000, outcome: [46, 8] },
  { key: "2016-stockholm-duplicate", title: "Mission Suède — Stockholm (doublon)", start: "2016-05-09", end: "2016-05-12", to: ["Stockholm"], sectors: ["SMART_CITIES"], partners: [["TCA", "LEAD", 9000]], budget: 42000, outcome: [46, 8], archivedAt: "2016-05-20T08:00:00Z", summary: "Saisie en double : archivée." },
  { key: "2016-london", title: "Mission Royaume-Uni — Londres", start: "2016-06-13", end: "2016-06-16", to: ["London"], sectors: ["SMART_CITIES", "INNOVATION", "ECONOMIC_DEVELOPMENT"], partners: [["TCA", "LEAD", 10000], ["OTCN", "CO_ORGANISER", 4000], ["CCI NCA", "PARTICIPANT", 3000]], budget: 45000, outcome: [58, 10] },
  { key: "2016-tel-aviv", title: "Mission Tel Aviv — cybersécurité", start: "2016-06-27", end: "2016-06-30", to: ["Tel Aviv"], sectors: ["RISK_PREVENTION", "INNOVATION"], partners: [["TCA", "PARTICIPANT", 5000], ["UCA", "PARTICIPANT", 3000]], budget: 30000, outcome: [36, 6] },
  { key: "2016-singapore", title: "Mission Singapour — World Cities Summit", start: "2016-07-11", end: "2016-07-14", to: ["Singapore"], sectors: ["SMART_CITIES"], partners: [["TCA", "PARTICIPANT", 6000]], budget: 38000, outcome: [44, 7] },
  { key: "2016-abidjan", title: "Mission Abidjan — santé", start: "2016-08-22", end: "2016-08-25", to: ["Abidjan"], sectors: ["HEALTH"], partners: [["CCI NCA", "LEAD", 5000]], status: "CANCELLED", cancellationReason: "Annulée à la demande des partenaires ivoiriens ; reportée à 2017." },
  { key: "2016-china", title: "Mission Chine avec la Région — Hangzhou et Shanghai", start: "2016-09-12", end: "2016-09-16", to: ["Hangzhou", "Shanghai"], sectors: ["ECONOMIC_DEVELOPMENT", "INNOVATION", "CULTURE"], partners: [["Région Sud", "LEAD", 14000], ["TCA", "CO_ORGANISER", 9000], ["OTCN", "PARTICIPANT", 4000]], budget: 75000, outcome: [82, 15] },
  { key: "2016-canada", title: "Mission Canada — Québec et Montréal", start: "2016-09-26", end: "2016-09-30", to: ["Quebec", "Montreal"], sectors: ["RESEARCH", "INNOVATION", "HEALTH"], partners: [["TCA", "LEAD", 8000], ["UCA", "CO_ORGANISER", 6000], ["OTCN", "PARTICIPANT", 3000]], budget: 52000, outcome: [57, 9] },
  { key: "2016-turin", title: "Mission Turin — prévention des risques alpins", start: "2016-10-17", end: "2016-10-19", to: ["Turin"], sectors: ["RISK_PREVENTION", "SMART_GRIDS"], partners: [["Région Sud", "PARTICIPANT", 2000]], budget: 15000, outcome: [21, 3] },
  { key: "2016-sousse", title: "Mission Sousse — santé et formation", start: "2016-11-07", end: "2016-11-10", to: ["Sousse"], sectors: ["HEALTH", "ECONOMIC_DEVELOPMENT"], partners: [["CCI NCA", "LEAD", 5000], ["UCA", "PARTICIPANT", 2000]], budget: 24000, outcome: [26, 4] },
  { key: "2016-tokyo", title: "Mission Tokyo — tourisme et innovation", start: "2016-11-21", end: "2016-11-24", to: ["Tokyo"], sectors: ["INNOVATION", "CULTURE"], partners: [["OTCN", "LEAD", 7000], ["TCA", "PARTICIPANT", 5000]], budget: 48000, outcome: [40, 6] },
  { key: "2016-haifa", title: "Mission Haïfa — recherche", start: "2016-11-28", end: "2016-11-30", to: ["Haifa"], sectors: ["RESEARCH"], partners: [["UCA", "LEAD", 3000]], status: "PLANNED", summary: "Programme à confirmer avec le Technion." },
  { key: "2016-zhuhai", title: "Mission Zhuhai — ville intelligente", start: "2016-12-05", end: "2016-12-08", to: ["Zhuhai"], sectors: ["SMART_CITIES", "ECONOMIC_DEVELOPMENT"], partners: [["TCA", "LEAD", 6000]], budget: 33000, outcome: [31, 5] },
  { key: "2016-gdansk", title: "Mission Gdansk — projet", start: "2016-12-12", end: "2016-12-14", to: ["Gdansk"], sectors: ["ECONOMIC_DEVELOPMENT"], status: "DRAFT" },
  // 2017: 15 completed.
  { key: "2017-salt-lake-city", title: "Mission Salt Lake City — sports de montagne et innovation", start: "2017-01-23", end: "2017-01-26", to: ["Salt Lake City"], sectors: ["INNOVATION", "ECONOMIC_DEVELOPMENT"], partners: [["TCA", "LEAD", 7000]], budget: 36000, outcome: [33, 5] },
  { key: "2017-usa", title: "Mission États-Unis avec la Région — Houston et New York", start: "2017-03-06", end: "2017-03-10", to: ["Houston", "New York"], sectors: ["HEALTH", "SMART_GRIDS", "ECONOMIC_DEVELOPMENT"], partners: [["Région Sud", "LEAD", 15000], ["TCA", "CO_ORGANISER", 10000]], budget: 80000, outcome: [77, 14] },
  { key: "2017-abidjan", title: "Mission Abidjan — santé", start: "2017-03-20", end: "2017-03-23", to: ["Abidjan"], sectors: ["HEALTH", "ECONOMIC_DEVELOPMENT"], partners: [["CCI NCA", "LEAD", 5000], ["UCA", "PARTICIPANT", 2000]], budget: 26000, outcome: [29, 5] },
  { key: "2017-sweden", title: "Mission Suède — Göteborg et Stockholm", start: "2017-04-03", end: "2017-04-06", to: ["Gothenburg", "Stockholm"], sectors: ["SMART_CITIES", "INNOVATION"], partners: [["TCA", "LEAD", 8000], ["ACA", "PARTICIPANT", 2000]], budget: 40000, outcome: [39, 7] },
  { key: "2017-xiamen", title: "Mission Xiamen — premier Carnaval de Nice en Chine", start: "2017-05-15", end: "2017-05-19", to: ["Xiamen"], sectors: ["CULTURE"], partners: [["Carnaval", "LEAD", 10000], ["OTCN", "CO_ORGANISER", 6000]], budget: 50000, outcome: [45, 6] },
  { key: "2017-russia", title: "Mission Russie avec la Région — Moscou et Saint-Pétersbourg", start: "2017-05-29", end: "2017-06-02", to: ["Moscow", "Saint Petersburg"], sectors: ["ECONOMIC_DEVELOPMENT", "CULTURE"], partners: [["Région Sud", "LEAD", 14000], ["TCA", "CO_ORGANISER", 8000], ["BNM", "PARTICIPANT", 6000]], budget: 72000, outcome: [68, 12] },
  { key: "2017-uk", title: "Mission Royaume-Uni — Londres et Manchester", start: "2017-06-12", end: "2017-06-15", to: ["London", "Manchester"], sectors: ["SMART_CITIES", "INNOVATION", "RESEARCH"], partners: [["TCA", "LEAD", 9000], ["UCA", "PARTICIPANT", 3000]], budget: 46000, outcome: [51, 9] },
  { key: "2017-israel", title: "Mission Israël — santé numérique", start: "2017-06-26", end: "2017-06-29", to: ["Haifa", "Tel Aviv"], sectors: ["HEALTH", "INNOVATION"], partners: [["TCA", "LEAD", 6000], ["UCA", "CO_ORGANISER", 4000]], budget: 34000, outcome: [37, 6] },
  { key: "2017-rio", title: "Mission Rio de Janeiro — tourisme", start: "2017-08-21", end: "2017-08-24", to: ["Rio de Janeiro"], sectors: ["CULTURE"], partners: [["OTCN", "LEAD", 5000]], status: "CANCELLED", cancellationReason: "Annulée : budget réaffecté à la mission Canada." },
  { key: "2017-china", title: "Mission Chine avec la Région — Hangzhou et Shanghai", start: "2017-09-11", end: "2017-09-15", to: ["Hangzhou", "Shanghai"], sectors: ["ECONOMIC_DEVELOPMENT", "SMART_CITIES"], partners: [["Région Sud", "LEAD", 12000], ["TCA", "CO_ORGANISER", 8000]], budget: 66000, outcome: [70, 12] },
  { key: "2017-canada", title: "Mission Canada — intelligence artificielle", start: "2017-09-25", end: "2017-09-29", to: ["Quebec", "Montreal"], sectors: ["RESEARCH", "INNOVATION"], partners: [["UCA", "LEAD", 6000], ["TCA", "CO_ORGANISER", 6000]], budget: 44000, outcome: [48, 8] },
  { key: "2017-nuremberg", title: "Mission Nuremberg — Smart Grids", start: "2017-10-09", end: "2017-10-12", to: ["Nuremberg"], sectors: ["SMART_GRIDS", "ECONOMIC_DEVELOPMENT"], partners: [["CCI NCA", "LEAD", 4000]], budget: 20000, outcome: [23, 4] },
  { key: "2017-singapore", title: "Mission Singapour — mobilité urbaine", start: "2017-10-23", end: "2017-10-26", to: ["Singapore"], sectors: ["SMART_CITIES", "RISK_PREVENTION"], partners: [["TCA", "PARTICIPANT", 6000]], budget: 37000, outcome: [35, 5] },
  { key: "2017-sousse", title: "Mission Sousse — coopération décentralisée", start: "2017-11-06", end: "2017-11-08", to: ["Sousse"], sectors: ["ECONOMIC_DEVELOPMENT", "CULTURE"], partners: [["OTCN", "PARTICIPANT", 2000]], budget: 18000, outcome: [20, 3] },
  { key: "2017-tokyo", title: "Mission Japon — tourisme", start: "2017-11-20", end: "2017-11-24", to: ["Tokyo"], sectors: ["CULTURE", "ECONOMIC_DEVELOPMENT"], partners: [["OTCN", "LEAD", 8000], ["ACA", "PARTICIPANT", 3000]], budget: 50000, outcome: [42, 7] },
  { key: "2017-zhuhai", title: "Mission Zhuhai — salon de l'innovation", start: "2017-12-04", end: "2017-12-07", to: ["Zhuhai"], sectors: ["INNOVATION", "SMART_CITIES"], partners: [["TCA", "LEAD", 6000]], budget: 34000, outcome: [30, 5] },
  // 2018: 14 completed.
  { key: "2018-houston", title: "Mission Houston — santé", start: "2018-01-22", end: "2018-01-25", to: ["Houston"], sectors: ["HEALTH", "RESEARCH"], partners: [["TCA", "LEAD", 7000], ["UCA", "PARTICIPANT", 3000]], budget: 38000, outcome: [40, 7] },
  { key: "2018-gdansk", title: "Mission Gdansk — économie maritime", start: "2018-02-19", end: "2018-02-22", to: ["Gdansk"], sectors: ["ECONOMIC_DEVELOPMENT", "SMART_CITIES"], partners: [["CCI NCA", "LEAD", 4000]], budget: 22000, outcome: [24, 4] },
  { key: "2018-china", title: "Mission Chine — année du tourisme UE-Chine", start: "2018-03-12", end: "2018-03-16", to: ["Xiamen", "Hangzhou"], sectors: ["CULTURE", "ECONOMIC_DEVELOPMENT"], partners: [["OTCN", "LEAD", 9000], ["Carnaval", "CO_ORGANISER", 6000], ["Région Sud", "PARTICIPANT", 5000]], budget: 62000, outcome: [58, 9] },
  { key: "2018-stockholm", title: "Mission Stockholm — réseaux intelligents", start: "2018-04-09", end: "2018-04-12", to: ["Stockholm"], sectors: ["SMART_GRIDS", "INNOVATION"], partners: [["TCA", "LEAD", 7000]], budget: 33000, outcome: [34, 6] },
  { key: "2018-tel-aviv", title: "Mission Tel Aviv — cybersécurité", start: "2018-05-14", end: "2018-05-17", to: ["Tel Aviv"], sectors: ["RISK_PREVENTION", "INNOVATION"], partners: [["TCA", "LEAD", 6000]], budget: 30000, outcome: [33, 6] },
  { key: "2018-london", title: "Mission Londres — London Tech Week", start: "2018-06-11", end: "2018-06-14", to: ["London"], sectors: ["SMART_CITIES", "INNOVATION"], partners: [["TCA", "LEAD", 9000], ["CCI NCA", "PARTICIPANT", 3000]], budget: 42000, outcome: [49, 9] },
  { key: "2018-moscow", title: "Mission Russie avec la Région — Moscou", start: "2018-06-25", end: "2018-06-28", to: ["Moscow"], sectors: ["ECONOMIC_DEVELOPMENT", "CULTURE"], partners: [["Région Sud", "LEAD", 12000], ["TCA", "CO_ORGANISER", 7000]], budget: 55000, outcome: [52, 8] },
  { key: "2018-rio", title: "Mission Rio de Janeiro — tourisme", start: "2018-08-20", end: "2018-08-23", to: ["Rio de Janeiro"], sectors: ["CULTURE", "ECONOMIC_DEVELOPMENT"], partners: [["OTCN", "LEAD", 6000]], budget: 35000, outcome: [28, 4] },
  { key: "2018-salt-lake-city", title: "Mission Salt Lake City — sports de montagne", start: "2018-09-10", end: "2018-09-13", to: ["Salt Lake City"], sectors: ["INNOVATION", "ECONOMIC_DEVELOPMENT"], partners: [["TCA", "LEAD", 6000]], budget: 32000, outcome: [29, 5] },
  { key: "2018-canada", title: "Mission Canada — santé et recherche", start: "2018-09-24", end: "2018-09-28", to: ["Montreal", "Quebec"], sectors: ["HEALTH", "RESEARCH"], partners: [["UCA", "LEAD", 6000], ["TCA", "CO_ORGANISER", 5000]], budget: 45000, outcome: [46, 8] },
  { key: "2018-turin", title: "Mission Turin — coopération transfrontalière", start: "2018-10-08", end: "2018-10-10", to: ["Turin"], sectors: ["RISK_PREVENTION", "CULTURE"], partners: [["Région Sud", "PARTICIPANT", 3000]], budget: 14000, outcome: [19, 3] },
  { key: "2018-abidjan", title: "Mission Abidjan — ville durable", start: "2018-10-22", end: "2018-10-25", to: ["Abidjan"], sectors: ["SMART_CITIES", "HEALTH"], partners: [["CCI NCA", "LEAD", 5000]], budget: 27000, outcome: [25, 4] },
  { key: "2018-asia", title: "Mission Asie — Singapour et Tokyo", start: "2018-11-12", end: "2018-11-16", to: ["Singapore", "Tokyo"], sectors: ["SMART_CITIES", "INNOVATION"], partners: [["TCA", "LEAD", 9000], ["OTCN", "PARTICIPANT", 4000]], budget: 68000, outcome: [55, 10] },
  { key: "2018-china-south", title: "Mission Chine — Zhuhai et Shanghai", start: "2018-12-03", end: "2018-12-06", to: ["Zhuhai", "Shanghai"], sectors: ["SMART_CITIES", "ECONOMIC_DEVELOPMENT"], partners: [["TCA", "LEAD", 7000], ["Région Sud", "CO_ORGANISER", 6000]], budget: 50000, outcome: [47, 8] },
  // 2019: what is being prepared.
  { key: "2019-new-york", title: "Mission New York — investisseurs", start: "2019-01-21", end: "2019-01-24", to: ["New York"], sectors: ["ECONOMIC_DEVELOPMENT", "INNOVATION"], partners: [["TCA", "LEAD", 8000]], budget: 40000, status: "CONFIRMED" },
  { key: "2019-haifa", title: "Mission Haïfa — recherche médicale", start: "2019-02-11", end: "2019-02-14", to: ["Haifa"], sectors: ["HEALTH", "RESEARCH"], partners: [["UCA", "LEAD", 5000]], budget: 25000, status: "PLANNED" },
  { key: "2019-sousse", title: "Mission Sousse — tourisme", start: "2019-04-08", end: "2019-04-11", to: ["Sousse"], sectors: ["CULTURE"], partners: [["OTCN", "LEAD", 4000]], status: "DRAFT" },
];

function missionFrom(row: MissionRow, index: number): DemoMission {
  const status = row.status ?? "COMPLETED";
  const partners = row.partners ?? [];
  const isUnderWay = status !== "DRAFT" && status !== "CANCELLED";
  const [contactsCount, leadsCount, outcomeNotes] = row.outcome ?? [];
  const mission = buildMission({
    id: demoId("mission", row.key),
    title: row.title,
    status,
    startDate: calendarDay(row.start),
    endDate: calendarDay(row.end),
    summary: row.summary ?? "",
    ...(row.budget === undefined ? {} : { budgetCents: row.budget * 100 }),
    ...(row.cancellationReason === undefined ? {} : { cancellationReason: row.cancellationReason }),
    ...(row.archivedAt === undefined ? {} : { archivedAt: new Date(row.archivedAt) }),
    ...(contactsCount === undefined ? {} : { contactsCount }),
    ...(leadsCount === undefined ? {} : { leadsCount }),
    ...(outcomeNotes === undefined ? {} : { outcomeNotes }),
  });
  return {
    mission: { ...mission, id: demoId("mission", row.key) },
    destinations: row.to,
    sectors: row.sectors,
    objectives: objectivesFor(row.sectors, partners.length),
    partners: partners.map(([shortName, role, euros]) => ({ shortName, role, contributionCents: euros * 100 })),
    participants: isUnderWay ? participantsFor(index, row.sectors, partners.map(([shortName]) => shortName)) : [],
    agenda: isUnderWay ? agendaFor(row.start, row.end, row.to, row.sectors) : [],
  };
}

/** Every demo mission, the same on every call. */
export function demoMissions(): DemoMission[] {
  return [saintPetersburg2015(), ...rows.map(missionFrom)];
}
