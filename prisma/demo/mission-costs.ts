// The demo missions' costs (decision 017), derived from each mission's budget so they read true:
// transport and interpreting paid by the Métropole, lodging paid by the lead partner when there
// is one, planned before the trip and, for completed missions, actual within a few percent of the
// plan; the daily allowances as the mission's allowance page computes them at the demo rates
// (decision 018), paid as computed. Demo values, not real amounts. Same on every call.
import type { CostCategory } from "@/lib/generated/prisma/enums";
import { demoId } from "./reference";
import type { DemoMission } from "./record-builders";

/** Each category's share of the budget, and whether the lead partner pays it. */
const lines: { category: CostCategory; share: number; description: string; byLead?: true }[] = [
  { category: "TRANSPORT", share: 0.5, description: "Vols aller-retour et transferts" },
  { category: "LODGING", share: 0.35, description: "Hôtel de la délégation", byLead: true },
  { category: "INTERPRETING", share: 0.15, description: "Interprète pour les rendez-vous" },
];

export function demoMissionCosts(
  missions: DemoMission[],
  partnerId: (shortName: string) => string,
  /** Each mission's computed daily allowances, in cents. */
  allowances: Map<string, number>,
) {
  return missions.flatMap(({ mission, partners }, index) => {
    const budget = mission.budgetCents;
    if (typeof budget !== "number" || mission.status === "DRAFT") return [];
    const lead = partners.find((partner) => partner.role === "LEAD");
    const id = mission.id as string;
    const priced = lines.map((line, position) => {
      const planned = Math.round((budget * line.share) / 100) * 100;
      // Completed missions spent within ±4 % of the plan, to the cent.
      const drift = 1 + (((index * 7 + position * 3) % 9) - 4) / 100;
      return {
        id: demoId("cost", `${id}:${position}`),
        missionId: id,
        category: line.category,
        description: line.description,
        payerPartnerId: line.byLead && lead ? partnerId(lead.shortName) : null,
        plannedCents: planned,
        actualCents: mission.status === "COMPLETED" ? Math.round(planned * drift) + position * 37 : null,
        createdAt: new Date(new Date(mission.startDate as Date).getTime() - (45 - position) * 24 * 60 * 60 * 1000),
      };
    });
    const allowance = allowances.get(id) ?? 0;
    if (allowance === 0) return priced;
    return [
      ...priced,
      {
        id: demoId("cost", `${id}:allowances`),
        missionId: id,
        category: "DAILY_ALLOWANCE" as const,
        description: "",
        payerPartnerId: null,
        plannedCents: allowance,
        actualCents: mission.status === "COMPLETED" ? allowance : null,
        createdAt: new Date(new Date(mission.startDate as Date).getTime() - 30 * 24 * 60 * 60 * 1000),
      },
    ];
  });
}
