import { expect } from "vitest";
import type { DomainError } from "@/lib/action-result";
import { createMissionSchema } from "@/lib/missions/schemas";
import { demoPartners } from "@/prisma/demo/partners";
import { buildPartner } from "@/tests/factories/partners";
import { buildDestination, buildObjective, buildSector } from "@/tests/factories/reference";
import { testDb } from "../setup/database";

/** A refusal by the data layer with this code (and, when given, these field errors). */
export const rejection = (code: DomainError["code"], fieldErrors?: Record<string, string[]>) =>
  expect.objectContaining({
    name: code === "conflict" ? "ConflictError" : "DomainError",
    code,
    ...(fieldErrors ? { fieldErrors } : {}),
  });

/** Reference data for mission tests: two cities, two sectors, an objective and three partners (TCA, OTCN, BNM). */
export async function createMissionReferences() {
  const houston = await testDb.destination.create({ data: buildDestination({ city: "Houston", countryCode: "US" }) });
  const petersburg = await testDb.destination.create({
    data: buildDestination({ city: "Saint-Pétersbourg", countryCode: "RU" }),
  });
  const smartCities = await testDb.sector.create({
    data: buildSector({ code: "SMART_CITIES", nameFr: "Villes intelligentes", nameEn: "Smart Cities" }),
  });
  const culture = await testDb.sector.create({
    data: buildSector({ code: "CULTURE", nameFr: "Culture", nameEn: "Culture" }),
  });
  const investment = await testDb.objective.create({ data: buildObjective() });
  const [tca, otcn, bnm] = await Promise.all(
    ["TCA", "OTCN", "BNM"].map((shortName) => {
      const demo = demoPartners.find((partner) => partner.shortName === shortName);
      return testDb.partner.create({
        data: buildPartner(demo ? { name: demo.name, shortName: demo.shortName, kind: demo.kind } : {}),
      });
    }),
  );
  if (!tca || !otcn || !bnm) throw new Error("partners not created");
  return { houston, petersburg, smartCities, culture, investment, tca, otcn, bnm };
}

export type MissionReferences = Awaited<ReturnType<typeof createMissionReferences>>;

/** The issues the create form's schema reports, by field, or {} when the form is valid (as the action parses it). */
export function formIssues(values: Record<string, string>): Record<string, string[]> {
  const result = createMissionSchema.safeParse(values);
  if (result.success) return {};
  const issues: Record<string, string[]> = {};
  for (const issue of result.error.issues) (issues[String(issue.path[0])] ??= []).push(issue.message);
  return issues;
}

export async function auditEntries(entityId?: string) {
  return testDb.auditEntry.findMany({
    where: entityId ? { entityId } : {},
    orderBy: { id: "asc" },
    select: { action: true, entityType: true, entityId: true, actorId: true, changes: true },
  });
}
