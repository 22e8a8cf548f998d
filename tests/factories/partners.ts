import type { Prisma } from "@/lib/generated/prisma/client";

let sequence = 0;

/** A partner with unique names, for tests that need one more organisation. */
export function buildPartner(overrides: Partial<Prisma.PartnerCreateInput> = {}): Prisma.PartnerCreateInput {
  sequence += 1;
  return { name: `Partner ${sequence}`, shortName: `P${sequence}`, kind: "OTHER", ...overrides };
}
