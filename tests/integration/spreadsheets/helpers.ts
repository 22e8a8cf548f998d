import type { ActingUser } from "@/lib/auth/session-user";
import { writeCsv } from "@/lib/spreadsheets/csv-write";
import type { Cell } from "@/lib/spreadsheets/cells";
import { readSpreadsheet } from "@/lib/spreadsheets/read-spreadsheet";
import type { SheetTable } from "@/lib/spreadsheets/sheet-table";
import { demoObjectives, demoSectors } from "@/prisma/demo/reference";
import { demoPartners } from "@/prisma/demo/partners";
import { buildPartner } from "@/tests/factories/partners";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

/** A CSV file as an import receives it. */
export function csvFile(header: string[], rows: Cell[][]): Uint8Array {
  return new TextEncoder().encode(writeCsv({ header, rows }));
}

export async function tableOf(bytes: Uint8Array): Promise<SheetTable> {
  return readSpreadsheet(bytes);
}

/** A staff member (who may import) reading French. */
export async function createStaff(locale: "fr" | "en" = "fr"): Promise<ActingUser> {
  return { ...(await createActingUser("STAFF")), locale };
}

/** The brochure's sectors and objectives, two cities and the demo partners TCA, OTCN and BNM. */
export async function createReferenceData() {
  await testDb.sector.createMany({ data: [...demoSectors] });
  await testDb.objective.createMany({ data: [...demoObjectives] });
  const xiamen = await testDb.destination.create({ data: { city: "Xiamen", countryCode: "CN" } });
  const haifa = await testDb.destination.create({ data: { city: "Haïfa", countryCode: "IL" } });
  for (const shortName of ["TCA", "OTCN", "BNM"]) {
    const demo = demoPartners.find((partner) => partner.shortName === shortName);
    await testDb.partner.create({
      data: buildPartner(demo ? { name: demo.name, shortName: demo.shortName, kind: demo.kind } : {}),
    });
  }
  return { xiamen, haifa };
}

/** Counts of the importable records and of the audit log: what "nothing was written" compares. */
export async function recordCounts() {
  return {
    missions: await testDb.mission.count(),
    delegations: await testDb.delegation.count(),
    events: await testDb.internationalEvent.count(),
    towns: await testDb.town.count(),
    jointActions: await testDb.jointAction.count(),
    audit: await testDb.auditEntry.count(),
  };
}

export const missionHeader = [
  "Titre",
  "Statut",
  "Motif d'annulation",
  "Premier jour",
  "Dernier jour",
  "Destinations",
  "Secteurs",
  "Objectifs du programme",
  "Partenaires (sigle | rôle | apport en €)",
  "Participants (nom | catégorie | organisation)",
  "Programme (jour | heure | intitulé | lieu)",
  "Budget (€)",
  "Contacts établis",
  "Pistes d'affaires",
  "Objectifs de la mission",
  "Bilan",
  "Lettres d'intention signées",
  "Prochaines étapes",
  "Informations pratiques",
];
