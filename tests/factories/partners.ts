import type { Prisma } from "@/lib/generated/prisma/client";

/** The programme's partner organisations, as the brochure names them. */
export const demoPartners = [
  { name: "Team Côte d'Azur", shortName: "TCA", kind: "AGENCY" },
  { name: "Office du Tourisme et des Congrès de Nice", shortName: "OTCN", kind: "TOURISM_OFFICE" },
  { name: "Région Provence-Alpes-Côte d'Azur", shortName: "Région Sud", kind: "REGION" },
  { name: "Ballet Nice Méditerranée (Opéra Nice Côte d'Azur)", shortName: "BNM", kind: "CULTURAL" },
  { name: "Comité des fêtes — Carnaval de Nice", shortName: "Carnaval", kind: "CULTURAL" },
] as const satisfies readonly Prisma.PartnerCreateInput[];

let sequence = 0;

/** A partner with unique names, for tests that need one more organisation. */
export function buildPartner(overrides: Partial<Prisma.PartnerCreateInput> = {}): Prisma.PartnerCreateInput {
  sequence += 1;
  return { name: `Partner ${sequence}`, shortName: `P${sequence}`, kind: "OTHER", ...overrides };
}
