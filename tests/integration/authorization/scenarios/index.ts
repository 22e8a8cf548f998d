import { accountScenarios } from "./accounts";
import { integrationScenarios } from "./integrations";
import { recordScenarios } from "./records";
import { referenceScenarios } from "./reference";
import type { ActionScenario } from "./types";

/** How to call each server action of the matrix, by the matrix's row id. */
export const actionScenarios: Record<string, ActionScenario> = {
  ...recordScenarios,
  ...referenceScenarios,
  ...accountScenarios,
  ...integrationScenarios,
};
