import type { AgreementInput } from "@/lib/agreements/schemas";

let sequence = 0;

/**
 * What the agreement form submits once parsed (lib/agreements/schemas.ts), for tests of the data
 * layer: a memorandum from 2017 with no end date and no theme unless told otherwise. For rows
 * written straight into the database use buildAgreement in ./demo-records.ts.
 */
export function agreementInput(destinationId: string, overrides: Partial<AgreementInput> = {}): AgreementInput {
  sequence += 1;
  return {
    title: `Agreement ${sequence}`,
    kind: "MEMORANDUM",
    counterpart: `Counterpart ${sequence}`,
    destinationId,
    startDate: "2017-01-01",
    endDate: null,
    isExclusive: false,
    notes: "",
    missionId: null,
    themes: [],
    ...overrides,
  };
}
