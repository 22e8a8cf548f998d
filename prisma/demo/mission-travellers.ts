// The demo missions' travellers and their authority (decision 016): for each mission under way,
// the delegation's elected official with the deliberation conferring the mandat spécial three
// weeks before, a staff member of the department with a mission order signed two weeks before
// and valid to the return, and the lead partner's representative. The approved 2016 Haifa mission
// still lacks its officer's order, so "confirm" waits for it. Same on every call.
import { demoId } from "./reference";
import type { DemoMission } from "./record-builders";

const staff = ["Sophie Staff", "Julien Rossi", "Camille Bernard"];
const dayMs = 24 * 60 * 60 * 1000;
const dayBefore = (day: Date, days: number) => new Date(day.getTime() - days * dayMs);

/**
 * The demo's cap on an order's validity (decision 025): a DEMO VALUE, as its source says; a real
 * install sets the cap, or none, from the text its administrators have checked.
 */
export const demoOrderRule = {
  maxValidityMonths: 2,
  source:
    "Valeur de démonstration : deux mois au plus sauf renouvellement, comme le service l'applique ; vérifiez le texte de référence avant tout usage réel.",
};

/** Missions whose staff member has no order yet. */
const orderPending = new Set([demoId("mission", "2016-haifa")]);

export function demoMissionTravellers(missions: DemoMission[]) {
  return missions.flatMap(({ mission, participants, partners }, index) => {
    if (mission.status === "DRAFT" || participants.length === 0) return [];
    const id = mission.id as string;
    const start = new Date(mission.startDate as Date);
    const end = new Date(mission.endDate as Date);
    const official = participants.find((participant) => participant.kind === "OFFICIAL");
    const lead = partners.find((partner) => partner.role === "LEAD");
    const representative = lead
      ? participants.find((participant) => participant.organisation !== "Métropole Nice Côte d'Azur")
      : undefined;
    const number = (kind: string) => `${kind}-${start.getUTCFullYear()}-${String(100 + index).padStart(3, "0")}`;
    const rows = [
      ...(official
        ? [
            {
              kind: "ELECTED" as const,
              name: official.name,
              role: "Conseiller métropolitain délégué",
              deliberationNumber: number("DEL"),
              deliberationDate: dayBefore(start, 21),
            },
          ]
        : []),
      {
        kind: "STAFF" as const,
        name: staff[index % staff.length]!,
        role: "Chargée de mission relations internationales",
        ...(orderPending.has(id)
          ? {}
          : {
              orderNumber: number("OM"),
              orderSignatory: "Directeur général des services",
              orderSignedOn: dayBefore(start, 14),
              orderValidUntil: end,
            }),
      },
      ...(representative
        ? [{ kind: "PARTNER" as const, name: representative.name, role: representative.organisation }]
        : []),
    ];
    return rows.map((row, position) => ({
      ...row,
      id: demoId("traveller", `${id}:${position}`),
      missionId: id,
      createdAt: new Date(dayBefore(start, 30).getTime() + position * 60_000),
    }));
  });
}
