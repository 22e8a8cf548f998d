import "server-only";
import { db } from "@/lib/db";

export type PartnerSummary = {
  id: string;
  name: string;
  shortName: string;
  kind: "AGENCY" | "TOURISM_OFFICE" | "REGION" | "CULTURAL" | "ACADEMIC" | "COMPANY" | "OTHER";
  isActive: boolean;
};

/** Partner organisations, active ones first, alphabetically. */
export async function listPartners(): Promise<PartnerSummary[]> {
  return db.partner.findMany({
    select: { id: true, name: true, shortName: true, kind: true, isActive: true },
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
  });
}
