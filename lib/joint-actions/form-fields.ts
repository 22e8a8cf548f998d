// What the joint-action form needs in the browser, apart from lib/joint-actions/schemas.ts: a
// client component importing that module sends zod along (about 30 kB gzip; decision 011's 200 kB
// first-load budget).
import { JointActionKind } from "@/lib/generated/prisma/enums";

export const jointActionKinds = Object.values(JointActionKind) as [JointActionKind, ...JointActionKind[]];

/** Contacts and investor leads: far above one action's reach, low enough to catch a typo. */
export const maxCount = 100_000;
