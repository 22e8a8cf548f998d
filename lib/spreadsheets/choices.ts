// The fixed lists a column may hold (statuses, roles, kinds): written with the reader's labels,
// read back from the label in either language or from the code itself. No server imports.
import { agreementKinds } from "@/lib/agreements/schemas";
import { delegationStatuses } from "@/lib/delegations/schemas";
import { eventStatuses } from "@/lib/events/schemas";
import { jointActionKinds } from "@/lib/joint-actions/schemas";
import { participantKinds, partnerRoles } from "@/lib/missions/schemas";
import { missionStatuses } from "@/lib/missions/status";
import { partnerKinds } from "@/lib/partners/list-params";
import type { SheetTranslator } from "./messages";
import { nameKey } from "./names";

export type ChoiceSet = { codes: readonly string[]; labelKey: (code: string) => string };

export const choiceSets = {
  missionStatus: { codes: missionStatuses, labelKey: (code: string) => `missions.statuses.${code}` },
  partnerRole: { codes: partnerRoles, labelKey: (code: string) => `missions.partnerRoles.${code}` },
  participantKind: { codes: participantKinds, labelKey: (code: string) => `missions.participantKinds.${code}` },
  delegationStatus: { codes: delegationStatuses, labelKey: (code: string) => `delegations.statuses.${code}` },
  eventStatus: { codes: eventStatuses, labelKey: (code: string) => `events.statuses.${code}` },
  jointActionKind: { codes: jointActionKinds, labelKey: (code: string) => `jointActions.kinds.${code}` },
  agreementKind: { codes: agreementKinds, labelKey: (code: string) => `agreements.kinds.${code}` },
  partnerKind: { codes: partnerKinds, labelKey: (code: string) => `partners.kinds.${code}` },
} satisfies Record<string, ChoiceSet>;

export type ChoiceSetName = keyof typeof choiceSets;

export function choiceLabel(t: SheetTranslator, set: ChoiceSetName, code: string): string {
  return t.t(choiceSets[set].labelKey(code));
}

/** The labels of every choice, for a message listing what may be written. */
export function choiceLabels(t: SheetTranslator, set: ChoiceSetName): string {
  return choiceSets[set].codes.map((code) => choiceLabel(t, set, code)).join(", ");
}

/** The code a cell names, by its French or English label or the code itself; null when none fits. */
export function readChoice(translators: readonly SheetTranslator[], set: ChoiceSetName, text: string): string | null {
  const wanted = nameKey(text);
  for (const code of choiceSets[set].codes) {
    if (nameKey(code) === wanted || translators.some((t) => nameKey(choiceLabel(t, set, code)) === wanted)) return code;
  }
  return null;
}
