// A mission traveller's fields, declared once (lib/records/fields.ts, decision 016): the form, its
// schema and what a save writes are derived from here. Which of them a traveller needs depends on
// their kind (./authority.ts). No zod, no server imports.
import { TravellerKind } from "@/lib/generated/prisma/enums";
import { defineFields, maxCodeLength, maxNameLength, maxShortTextLength } from "@/lib/records/fields";

const staffOnly = { field: "kind", is: ["STAFF"] } as const;
const electedOnly = { field: "kind", is: ["ELECTED"] } as const;

export const travellerFields = defineFields({
  kind: { kind: "choice", choices: Object.values(TravellerKind), labels: "missions.travellers.kinds", required: true },
  name: { kind: "text", max: maxNameLength, required: true },
  /** Their title or function ("Vice-présidente déléguée aux relations internationales"). */
  role: { kind: "text", max: maxShortTextLength },
  /** A staff member's mission order. */
  orderNumber: { kind: "text", max: maxCodeLength, half: true, shownWhen: staffOnly },
  orderSignatory: { kind: "text", max: maxNameLength, half: true, shownWhen: staffOnly },
  orderSignedOn: { kind: "day", half: true, shownWhen: staffOnly },
  orderValidUntil: { kind: "day", half: true, shownWhen: staffOnly },
  /** The council's deliberation conferring an elected official's mandat spécial. */
  deliberationNumber: { kind: "text", max: maxCodeLength, half: true, shownWhen: electedOnly },
  deliberationDate: { kind: "day", half: true, shownWhen: electedOnly },
});
