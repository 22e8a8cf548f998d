import type { Prisma } from "@/lib/generated/prisma/client";
import type { JointActionInput } from "@/lib/joint-actions/schemas";

// Joint actions for tests: `jointActionInput` is what the form hands the data layer once parsed;
// `buildJointAction` is a row for the database itself.

let sequence = 0;

/** A promotion action on 12 May 2017 with no links and no counts unless told otherwise. */
export function jointActionInput(overrides: Partial<JointActionInput> = {}): JointActionInput {
  sequence += 1;
  return {
    partnerId: null,
    date: "2017-05-12",
    kind: "PROMOTION",
    title: `Action ${sequence}`,
    description: "",
    missionId: null,
    delegationId: null,
    eventId: null,
    destinationId: null,
    objectiveId: null,
    outcome: "",
    contactsCount: 0,
    investorLeadsCount: 0,
    ...overrides,
  };
}

export function buildJointAction(
  partnerId: string,
  overrides: Partial<Prisma.JointActionCreateManyInput> = {},
): Prisma.JointActionCreateManyInput {
  sequence += 1;
  return {
    partnerId,
    date: new Date("2017-05-12T00:00:00.000Z"),
    kind: "PROMOTION",
    title: `Action ${sequence}`,
    ...overrides,
  };
}
