import type { JointActionKind, Prisma } from "@/lib/generated/prisma/client";
import { demoDelegations } from "./delegations";
import { demoEvents } from "./events";
import { demoMissions } from "./missions";
import { demoRandom, type DemoRandom } from "./random";
import { calendarDay } from "./record-builders";
import { demoAssociatePartners, demoPartners, type DemoPartnerShortName } from "./partners";
import { demoId, demoPriorityPeriod, type DestinationCity, type ObjectiveCode } from "./reference";
import { parisDay } from "@/lib/time";

// The demo partners' joint actions, 2015–2018: each organisation logs 6 to 20 a year, most
// of them during the missions, delegations and events it takes part in, the rest on its own
// (prospecting, press, promotion abroad). They feed the dashboard's partner breakdown and coverage
// but never the key figures. A few archived duplicates are noise the counts must leave out.

export type DemoJointAction = {
  action: Omit<Prisma.JointActionCreateManyInput, "partnerId" | "destinationId" | "objectiveId"> & { id: string };
  partner: DemoPartnerShortName;
  destination: DestinationCity | null;
  objective: ObjectiveCode;
};

let sequence = 0;

/** A promotion action on 12 May 2017 with no link, unless told otherwise. */
export function buildJointAction(
  overrides: Partial<Prisma.JointActionCreateManyInput> & Pick<Prisma.JointActionCreateManyInput, "partnerId">,
): Prisma.JointActionCreateManyInput {
  sequence += 1;
  return { title: `Action conjointe ${sequence}`, kind: "PROMOTION", date: calendarDay("2017-05-12"), ...overrides };
}

export const demoJointActionYears = [2015, 2016, 2017, 2018] as const;

/** What each organisation mostly does, first the most frequent; and how many actions it logs a year. */
const profiles: Record<DemoPartnerShortName, { kinds: JointActionKind[]; perYear: [number, number] }> = {
  TCA: { kinds: ["INVESTOR_MEETING", "BUSINESS_DEVELOPMENT", "B2B_MEETINGS", "PRESS"], perYear: [14, 20] },
  OTCN: { kinds: ["PROMOTION", "PRESS", "B2B_MEETINGS", "CULTURAL"], perYear: [12, 18] },
  "Région Sud": { kinds: ["BUSINESS_DEVELOPMENT", "B2B_MEETINGS", "PROMOTION", "OTHER"], perYear: [8, 14] },
  BNM: { kinds: ["CULTURAL", "PRESS", "PROMOTION"], perYear: [6, 10] },
  Carnaval: { kinds: ["CULTURAL", "PROMOTION", "PRESS"], perYear: [6, 10] },
  UCA: { kinds: ["BUSINESS_DEVELOPMENT", "B2B_MEETINGS", "OTHER", "PRESS"], perYear: [6, 12] },
  "CCI NCA": { kinds: ["B2B_MEETINGS", "BUSINESS_DEVELOPMENT", "INVESTOR_MEETING"], perYear: [8, 14] },
  ACA: { kinds: ["PROMOTION", "BUSINESS_DEVELOPMENT", "B2B_MEETINGS"], perYear: [6, 10] },
};

const kindTexts: Record<
  JointActionKind,
  { title: string; outcome: string; contacts: [number, number]; leads: [number, number]; objective: ObjectiveCode }
> = {
  PROMOTION: {
    title: "Promotion de la destination Nice Côte d'Azur",
    outcome: "Supports distribués et contacts qualifiés transmis aux équipes.",
    contacts: [20, 120],
    leads: [0, 0],
    objective: "REACH",
  },
  BUSINESS_DEVELOPMENT: {
    title: "Prospection d'entreprises",
    outcome: "Projets d'implantation identifiés, suivis programmés.",
    contacts: [5, 25],
    leads: [0, 3],
    objective: "INVESTMENT",
  },
  INVESTOR_MEETING: {
    title: "Rencontres avec des investisseurs",
    outcome: "Rendez-vous de suivi fixés avec les fonds intéressés.",
    contacts: [3, 15],
    leads: [1, 5],
    objective: "INVESTMENT",
  },
  B2B_MEETINGS: {
    title: "Rendez-vous B2B",
    outcome: "Rendez-vous d'affaires entre entreprises niçoises et locales.",
    contacts: [10, 40],
    leads: [0, 4],
    objective: "INVESTMENT",
  },
  PRESS: {
    title: "Accueil de journalistes et relations presse",
    outcome: "Articles et reportages publiés sur le territoire.",
    contacts: [5, 30],
    leads: [0, 0],
    objective: "REACH",
  },
  CULTURAL: {
    title: "Représentation culturelle",
    outcome: "Public nombreux, invitations réciproques envisagées.",
    contacts: [10, 80],
    leads: [0, 0],
    objective: "REACH",
  },
  OTHER: {
    title: "Réunion de coordination des partenaires",
    outcome: "Calendrier commun des actions arrêté.",
    contacts: [2, 15],
    leads: [0, 0],
    objective: "STAKEHOLDERS",
  },
};

type Occasion = {
  day: string;
  destination: DestinationCity | null;
  label: string;
  link: Pick<Prisma.JointActionCreateManyInput, "missionId" | "delegationId" | "eventId">;
};

/** One of the calendar days from `start` to `end` (a mission's @db.Date values). */
function dayDuring(start: Date | string, end: Date | string, random: DemoRandom): string {
  const first = new Date(start).getTime();
  const days = Math.round((new Date(end).getTime() - first) / 86_400_000);
  return new Date(first + random.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

type DemoRecords = {
  missions: ReturnType<typeof demoMissions>;
  delegations: ReturnType<typeof demoDelegations>;
  events: ReturnType<typeof demoEvents>;
};

/** The records each partner takes part in, by year, that an action can belong to. */
function occasionsOf(
  records: DemoRecords,
  shortName: DemoPartnerShortName,
  year: number,
  random: DemoRandom,
): Occasion[] {
  const missions = records.missions
    .filter(
      ({ mission, partners }) =>
        mission.status === "COMPLETED" &&
        !mission.archivedAt &&
        partners.some((share) => share.shortName === shortName),
    )
    .filter(({ mission }) => new Date(mission.startDate).getUTCFullYear() === year)
    .map(({ mission, destinations }) => ({
      day: dayDuring(mission.startDate, mission.endDate, random),
      destination: random.pick(destinations),
      label: mission.title,
      link: { missionId: mission.id },
    }));
  const delegations = records.delegations
    .filter(
      ({ delegation, partners }) =>
        delegation.status === "WELCOMED" && !delegation.archivedAt && partners.includes(shortName),
    )
    .filter(({ delegation }) => parisDay(new Date(delegation.arrivalAt)).startsWith(`${year}-`))
    .map(({ delegation, origin }) => ({
      day: parisDay(new Date(delegation.arrivalAt)),
      destination: origin,
      label: delegation.title,
      link: { delegationId: delegation.id },
    }));
  const events = records.events
    .filter(({ event, partners }) => event.status === "HELD" && !event.archivedAt && partners.includes(shortName))
    .filter(({ event }) => parisDay(new Date(event.startsAt)).startsWith(`${year}-`))
    .map(({ event }) => ({
      day: parisDay(new Date(event.startsAt)),
      destination: null,
      label: event.title,
      link: { eventId: event.id },
    }));
  return [...missions, ...delegations, ...events];
}

/** An action of its own: a day of the year (never the 29th–31st, so every month has it) and, mostly, a priority city. */
function ownOccasion(year: number, random: DemoRandom): Occasion {
  const day = `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
  const destination = random.int(0, 3) === 0 ? null : random.pick(demoPriorityPeriod.cities);
  return { day, destination, label: destination ?? "Nice", link: {} };
}

function actionsOf(
  records: DemoRecords,
  shortName: DemoPartnerShortName,
  name: string,
  year: number,
  random: DemoRandom,
): DemoJointAction[] {
  const { kinds, perYear } = profiles[shortName];
  const occasions = occasionsOf(records, shortName, year, random);
  const count = random.int(...perYear);
  return Array.from({ length: count }, (_, index) => {
    // Two in three actions belong to a record the partner takes part in, when it has any that year.
    const occasion = occasions.length > 0 && random.int(0, 2) > 0 ? random.pick(occasions) : ownOccasion(year, random);
    // The profile's first kind is the most frequent.
    const kind = random.int(0, 2) === 0 ? kinds[0]! : random.pick(kinds);
    const text = kindTexts[kind];
    const contactsCount = random.int(...text.contacts);
    const id = demoId("joint-action", `${shortName}:${year}:${index}`);
    return {
      action: {
        id,
        date: calendarDay(occasion.day),
        kind,
        title: `${text.title} (${occasion.label})`,
        description: `Action de ${name} (${shortName}) : ${text.title.toLowerCase()}, ${occasion.label}.`,
        outcome: text.outcome,
        contactsCount,
        investorLeadsCount: Math.min(contactsCount, random.int(...text.leads)),
        ...occasion.link,
        // Each partner's last action of 2016 is a duplicate entry, archived: noise the counts leave out.
        ...(year === 2016 && index === count - 1
          ? { archivedAt: new Date("2017-01-10T10:00:00Z"), title: `${text.title} (${occasion.label}) — doublon` }
          : {}),
      },
      partner: shortName,
      destination: occasion.destination,
      objective: text.objective,
    };
  });
}

/** Every demo joint action, the same on every call. */
export function demoJointActions(): DemoJointAction[] {
  const random = demoRandom(6);
  const records: DemoRecords = { missions: demoMissions(), delegations: demoDelegations(), events: demoEvents() };
  return [...demoPartners, ...demoAssociatePartners].flatMap(({ shortName, name }) =>
    demoJointActionYears.flatMap((year) => actionsOf(records, shortName, name, year, random)),
  );
}
