// How to exercise each /api/v1 resource: a record to act on (in partner A's scope where scope
// applies), valid bodies, and the audit entries its writes leave ("<prefix>.create"…).
import {
  agreement,
  codeListEntry,
  delegationOfA,
  destination,
  eventOfA,
  jointActionOfA,
  missionCostOfA,
  missionOfA,
  missionTravellerOfA,
  nextNumber,
  partner,
  town,
  type Fixture,
} from "../fixtures";
import type { World } from "../world";

export type ApiResourceScenario = {
  auditPrefix: string;
  record(world: World): Promise<Fixture>;
  createBody(world: World): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** A body for `record` (a mission's part names its mission). */
  updateBody(world: World, record: Fixture): Record<string, unknown> | Promise<Record<string, unknown>>;
  statusBody?: Record<string, unknown>;
};

const mission = (world: World) => ({
  title: `API mission ${nextNumber()}`,
  startDate: "2017-03-06",
  endDate: "2017-03-09",
  destinationIds: [world.destinationId],
  sectorIds: [world.sectorId],
  objectiveIds: [],
  summary: "Start-ups and investors",
  budgetCents: 1_250_000,
  contactsCount: 12,
  leadsCount: 3,
  outcomeNotes: "",
  partners: [{ partnerId: world.partnerA, role: "LEAD", contributionCents: 500_000 }],
  participants: [{ name: "Christian Estrosi", kind: "OFFICIAL", organisation: "Métropole" }],
  agenda: [{ day: "2017-03-07", time: "10:00", title: "Investor breakfast", location: "Consulate" }],
});

const delegation = (world: World) => ({
  title: `API delegation ${nextNumber()}`,
  originCountryCode: "IL",
  arrivalAt: "2017-05-10T09:00",
  departureAt: "2017-05-11T17:00",
  size: 9,
  hostName: "Sophie Staff",
  programme: "Connected health",
  sectorIds: [world.sectorId],
  partnerIds: [world.partnerA],
});

const event = (world: World) => ({
  title: `API event ${nextNumber()}`,
  startsAt: "2017-06-12T09:00",
  endsAt: "2017-06-12T18:00",
  venue: "Acropolis",
  attendance: 450,
  summary: "",
  sectorIds: [world.sectorId],
  partnerIds: [world.partnerA],
  objectiveIds: [world.objectiveId],
});

const jointAction = (world: World) => ({
  partnerId: world.partnerA,
  date: "2017-05-12",
  kind: "INVESTOR_MEETING",
  title: `API joint action ${nextNumber()}`,
  description: "",
  destinationId: world.destinationId,
  outcome: "Two leads",
  contactsCount: 5,
  investorLeadsCount: 2,
});

const agreementBody = (world: World) => ({
  title: `API agreement ${nextNumber()}`,
  kind: "TWINNING",
  counterpart: "City of Quebec",
  destinationId: world.destinationId,
  startDate: "2017-01-01",
  endDate: null,
  isExclusive: false,
  notes: "",
  missionId: null,
  themes: [{ year: 2018, theme: "Winter sports" }],
});

const codeList = () => ({
  code: `API_${nextNumber()}`,
  nameFr: `Liste ${nextNumber()}`,
  nameEn: `List ${nextNumber()}`,
});

export const apiResourceScenarios: Record<string, ApiResourceScenario> = {
  missions: {
    auditPrefix: "mission",
    record: missionOfA,
    createBody: mission,
    updateBody: mission,
    statusBody: { status: "SUBMITTED" },
  },
  "mission-travellers": {
    auditPrefix: "missionTraveller",
    record: missionTravellerOfA,
    createBody: async (world) => ({
      missionId: (await missionOfA(world)).id,
      kind: "ELECTED",
      name: `API traveller ${nextNumber()}`,
      role: "Vice-présidente",
      deliberationNumber: "DEL-2017-12",
      deliberationDate: "2017-02-20",
    }),
    updateBody: (_world, record) => ({
      missionId: record.missionId,
      kind: "STAFF",
      name: `API traveller ${nextNumber()}`,
      orderNumber: "OM-2017-3",
      orderSignatory: "Directeur général des services",
      orderSignedOn: "2017-02-27",
      orderValidUntil: "2017-03-10",
    }),
  },
  "mission-costs": {
    auditPrefix: "missionCost",
    record: missionCostOfA,
    createBody: async (world) => ({
      missionId: (await missionOfA(world)).id,
      category: "TRANSPORT",
      description: "Nice – Houston",
      payerPartnerId: world.partnerA,
      plannedCents: 250_000,
    }),
    updateBody: (_world, record) => ({
      missionId: record.missionId,
      category: "LODGING",
      description: "Hotel",
      payerPartnerId: null,
      plannedCents: 80_000,
      actualCents: 79_999,
    }),
  },
  delegations: {
    auditPrefix: "delegation",
    record: delegationOfA,
    createBody: delegation,
    updateBody: delegation,
    statusBody: { status: "WELCOMED" },
  },
  events: {
    auditPrefix: "event",
    record: eventOfA,
    createBody: event,
    updateBody: event,
    statusBody: { status: "HELD" },
  },
  "joint-actions": {
    auditPrefix: "jointAction",
    record: jointActionOfA,
    createBody: jointAction,
    updateBody: jointAction,
  },
  towns: {
    auditPrefix: "town",
    record: town,
    createBody: () => ({ name: `API town ${nextNumber()}`, inseeCode: null, connectedOn: "2016-09-01" }),
    updateBody: () => ({ name: `API town ${nextNumber()}`, inseeCode: null, connectedOn: null }),
  },
  agreements: { auditPrefix: "agreement", record: agreement, createBody: agreementBody, updateBody: agreementBody },
  partners: {
    auditPrefix: "partner",
    record: partner,
    createBody: () => ({
      name: `API organisation ${nextNumber()}`,
      shortName: `AO${nextNumber()}`,
      kind: "ACADEMIC",
      isActive: true,
    }),
    updateBody: () => ({
      name: `API organisation ${nextNumber()}`,
      shortName: `AO${nextNumber()}`,
      kind: "COMPANY",
      isActive: false,
    }),
  },
  destinations: {
    auditPrefix: "destination",
    record: destination,
    createBody: () => ({ city: `API city ${nextNumber()}`, countryCode: "br", latitude: -22.9, longitude: -43.2 }),
    updateBody: () => ({ city: `API city ${nextNumber()}`, countryCode: "BR", latitude: null, longitude: null }),
  },
  sectors: {
    auditPrefix: "sector",
    record: (world) => codeListEntry(world, "sector"),
    createBody: codeList,
    updateBody: codeList,
  },
  objectives: {
    auditPrefix: "objective",
    record: (world) => codeListEntry(world, "objective"),
    createBody: codeList,
    updateBody: codeList,
  },
};
