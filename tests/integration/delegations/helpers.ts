import { DomainError } from "@/lib/action-result";
import { buildDestination, buildSector } from "@/tests/factories/reference";
import { buildPartner } from "@/tests/factories/partners";
import { testDb } from "../setup/database";
import { expect } from "vitest";

/** Matches a refusal of the data layer with this error code. */
export const rejection = (code: DomainError["code"]) =>
  expect.objectContaining({ name: expect.stringMatching(/^(DomainError|ConflictError)$/), code });

/** Reference data a record can link to: two sectors, two partners, a city abroad, and one of each archived. */
export async function createReferences() {
  const [culture, health, oldSector] = await Promise.all([
    testDb.sector.create({ data: buildSector({ code: "CULTURE", nameFr: "Culture", nameEn: "Culture" }) }),
    testDb.sector.create({ data: buildSector({ code: "HEALTH", nameFr: "Santé", nameEn: "Health" }) }),
    testDb.sector.create({ data: buildSector({ code: "OLD", archivedAt: new Date() }) }),
  ]);
  const [otcn, tca, oldPartner] = await Promise.all([
    testDb.partner.create({ data: buildPartner({ shortName: "OTCN" }) }),
    testDb.partner.create({ data: buildPartner({ shortName: "TCA" }) }),
    testDb.partner.create({ data: buildPartner({ shortName: "GONE", archivedAt: new Date() }) }),
  ]);
  const [haifa, oldCity] = await Promise.all([
    testDb.destination.create({ data: buildDestination({ city: "Haifa", countryCode: "IL" }) }),
    testDb.destination.create({
      data: buildDestination({ city: "Atlantis", countryCode: "GR", archivedAt: new Date() }),
    }),
  ]);
  return { culture, health, oldSector, otcn, tca, oldPartner, haifa, oldCity };
}

/** How many days from now, as an instant (negative: in the past). */
export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000);
}

export async function auditEntries(entityType: string) {
  return testDb.auditEntry.findMany({
    where: { entityType },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, entityId: true, changes: true },
  });
}
