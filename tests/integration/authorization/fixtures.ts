// Records the matrix acts on, made through the data layer by ADMIN (or by partner A for their own
// joint actions), each in partner organisation A's scope where scope applies: A takes part in the
// mission, delegation and event; the joint action is A's. Each call makes a new record.
import { createAgreement } from "@/lib/agreements/mutations";
import { createDelegation } from "@/lib/delegations/mutations";
import { createEvent } from "@/lib/events/mutations";
import { createJointAction } from "@/lib/joint-actions/mutations";
import { createCost } from "@/lib/missions/costs/mutations";
import { costSchema } from "@/lib/missions/costs/schemas";
import { createMission } from "@/lib/missions/mutations";
import { createTraveller } from "@/lib/missions/travellers/mutations";
import { travellerSchema } from "@/lib/missions/travellers/schemas";
import { createPartner } from "@/lib/partners/mutations";
import { createAllowanceRate } from "@/lib/reference/allowance-rates/mutations";
import { createCodeListEntry } from "@/lib/reference/code-lists/mutations";
import { createDestination } from "@/lib/reference/destinations/mutations";
import { createPeriod } from "@/lib/reference/periods/mutations";
import { createTown } from "@/lib/towns/mutations";
import { agreementInput } from "@/tests/factories/agreements";
import { delegationInput } from "@/tests/factories/delegations";
import { eventInput } from "@/tests/factories/events";
import { jointActionInput } from "@/tests/factories/joint-actions";
import { buildMissionInput } from "@/tests/factories/missions";
import { testDb } from "../setup/database";
import type { World } from "./world";

/** A record the matrix acts on; a mission's part also names its mission. */
export type Fixture = { id: string; version: number; missionId?: string };

let sequence = 0;
/** A number no other fixture of this run has used (names must be unique). */
export const nextNumber = () => (sequence += 1);

const fresh = async (created: Promise<{ id: string }>): Promise<Fixture> => ({ id: (await created).id, version: 1 });

export const missionOfA = (world: World) =>
  fresh(
    createMission(
      world.users.admin,
      buildMissionInput([world.destinationId], {
        partners: [{ partnerId: world.partnerA, role: "LEAD", contributionCents: 0 }],
      }),
    ),
  );

/** A traveller of a new mission of partner A. */
export async function missionTravellerOfA(world: World): Promise<Fixture> {
  const mission = await missionOfA(world);
  const { id } = await createTraveller(world.users.admin, {
    ...travellerSchema.parse({ kind: "STAFF", name: `Matrix traveller ${nextNumber()}`, missionId: mission.id }),
  });
  return { id, version: 1, missionId: mission.id };
}

/** A cost line, paid by partner A, of a new mission of partner A. */
export async function missionCostOfA(world: World): Promise<Fixture> {
  const mission = await missionOfA(world);
  const { id } = await createCost(
    world.users.admin,
    costSchema.parse({
      category: "VENUE",
      payerPartnerId: world.partnerA,
      plannedCents: "1200",
      missionId: mission.id,
    }),
  );
  return { id, version: 1, missionId: mission.id };
}

export const delegationOfA = (world: World) =>
  fresh(createDelegation(world.users.admin, delegationInput({ partnerIds: [world.partnerA] })));

export const eventOfA = (world: World) =>
  fresh(createEvent(world.users.admin, eventInput({ partnerIds: [world.partnerA] })));

export const jointActionOfA = (world: World) => fresh(createJointAction(world.users.partnerA, jointActionInput()));

export const agreement = (world: World) =>
  fresh(createAgreement(world.users.admin, agreementInput(world.destinationId)));

export const town = (world: World) =>
  fresh(
    createTown(world.users.admin, { name: `Matrix town ${nextNumber()}`, inseeCode: null, connectedOn: "2016-03-01" }),
  );

export const partner = (world: World) =>
  fresh(
    createPartner(world.users.admin, {
      name: `Matrix partner ${nextNumber()}`,
      shortName: `MP${sequence}`,
      kind: "OTHER",
      isActive: true,
    }),
  );

export const destination = (world: World) =>
  fresh(
    createDestination(world.users.admin, {
      city: `Matrix city ${nextNumber()}`,
      countryCode: "JP",
      latitude: null,
      longitude: null,
      timeZone: null,
    }),
  );

export const codeListEntry = (world: World, kind: "sector" | "objective") =>
  fresh(
    createCodeListEntry(world.users.admin, kind, {
      code: `MATRIX_${nextNumber()}`,
      nameFr: `Matrice ${sequence}`,
      nameEn: `Matrix ${sequence}`,
    }),
  );

// Rates of one country may not overlap: each fixture takes a country and a year of its own.
const rateCountries = ["SG", "NO", "IS", "FI", "PT", "SE", "DK", "IE", "NZ", "CL"] as const;

/** A daily allowance rate's form fields, for a country and year no other has taken in this run. */
export function allowanceRateFields(): Record<string, string> {
  const number = nextNumber();
  const year = 1900 + (Math.floor(number / rateCountries.length) % 200);
  return {
    countryCode: rateCountries[number % rateCountries.length]!,
    dailyCents: "180",
    validFrom: `${year}-01-01`,
    validUntil: `${year}-12-31`,
    source: "Matrix example rate",
  };
}

export const allowanceRate = (world: World) => {
  const fields = allowanceRateFields();
  return fresh(
    createAllowanceRate(world.users.admin, {
      countryCode: fields.countryCode!,
      dailyCents: 18_000,
      validFrom: fields.validFrom!,
      validUntil: fields.validUntil!,
      source: fields.source!,
    }),
  );
};

/** The rate of the matrix's destination country (China) in force when its missions take place. */
export async function chinaRate(): Promise<void> {
  if (await testDb.allowanceRate.findFirst({ where: { countryCode: "CN" } })) return;
  await testDb.allowanceRate.create({
    data: { countryCode: "CN", dailyCents: 20_000, validFrom: new Date("2000-01-01"), source: "Matrix example rate" },
  });
}

export const period = (world: World) =>
  fresh(
    createPeriod(world.users.admin, {
      label: `M${nextNumber()}`,
      startYear: 2021,
      endYear: 2025,
      destinationIds: [world.destinationId],
    }),
  );

/** Another staff member's account, for the user-administration actions. */
export async function staffAccount(): Promise<Fixture> {
  const user = await testDb.user.create({
    data: {
      email: `colleague-${nextNumber()}@example.test`,
      name: `Colleague ${sequence}`,
      role: "STAFF",
      passwordHash: "not a usable hash",
    },
    select: { id: true, version: true },
  });
  return user;
}
