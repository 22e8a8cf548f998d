// What the mission form needs in the browser (field lengths, the choices of its row selects),
// apart from lib/missions/schemas.ts: importing that module from a client component sent zod
// (about 30 kB gzip) to the mission form, over the 200 kB first-load budget (decision 011).
import { MissionPartnerRole, ParticipantKind } from "@/lib/generated/prisma/enums";
import { maxLongTextLength, maxReasonLength, maxShortTextLength, maxTitleLength } from "@/lib/records/fields";

export const partnerRoles = Object.values(MissionPartnerRole) as [MissionPartnerRole, ...MissionPartnerRole[]];
export const participantKinds = Object.values(ParticipantKind) as [ParticipantKind, ...ParticipantKind[]];

export const textLimits = {
  title: maxTitleLength,
  line: maxShortTextLength,
  longText: maxLongTextLength,
  reason: maxReasonLength,
  id: 64,
} as const;
