import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CodeListKind } from "./schemas";

/**
 * The Prisma delegate of a code list. Sector and Objective have the same columns (code, nameFr,
 * nameEn, version, archivedAt), so the objective delegate is typed as the sector one: only those
 * shared columns are ever used through it.
 */
export function codeListTable(
  client: Prisma.TransactionClient,
  kind: CodeListKind,
): Prisma.TransactionClient["sector"] {
  return kind === "sector" ? client.sector : (client.objective as unknown as Prisma.TransactionClient["sector"]);
}

export const codeListEntity = {
  sector: { area: "sector", entityType: "Sector" },
  objective: { area: "objective", entityType: "Objective" },
} as const satisfies Record<CodeListKind, { area: string; entityType: string }>;
