import type { Prisma } from "@/lib/generated/prisma/client";

// One more unique reference record for a test (the demo's reference data is prisma/demo/reference.ts).

let sequence = 0;

/** One more sector with unique code and names, for a test. */
export function buildSector(overrides: Partial<Prisma.SectorCreateManyInput> = {}): Prisma.SectorCreateManyInput {
  sequence += 1;
  return { code: `SECTOR_${sequence}`, nameFr: `Secteur ${sequence}`, nameEn: `Sector ${sequence}`, ...overrides };
}

/** One more objective with unique code and names, for a test. */
export function buildObjective(
  overrides: Partial<Prisma.ObjectiveCreateManyInput> = {},
): Prisma.ObjectiveCreateManyInput {
  sequence += 1;
  return {
    code: `OBJECTIVE_${sequence}`,
    nameFr: `Objectif ${sequence}`,
    nameEn: `Objective ${sequence}`,
    ...overrides,
  };
}

/** One more city abroad, unique by name, for a test. */
export function buildDestination(
  overrides: Partial<Prisma.DestinationCreateManyInput> = {},
): Prisma.DestinationCreateManyInput {
  sequence += 1;
  return { city: `City ${sequence}`, countryCode: "IT", ...overrides };
}

/** One more programme period, unique by label, for a test. */
export function buildPriorityPeriod(
  overrides: Partial<Prisma.PriorityPeriodCreateManyInput> = {},
): Prisma.PriorityPeriodCreateManyInput {
  sequence += 1;
  return { label: `Period ${sequence}`, startYear: 2021, endYear: 2025, ...overrides };
}
