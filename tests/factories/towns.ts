import type { Prisma } from "@/lib/generated/prisma/client";

let sequence = 0;

/** A town with a unique name, connected on 1 March 2016 unless told otherwise. */
export function buildTown(overrides: Partial<Prisma.TownCreateInput> = {}): Prisma.TownCreateInput {
  sequence += 1;
  return { name: `Town ${sequence}`, connectedOn: new Date("2016-03-01T00:00:00Z"), ...overrides };
}
