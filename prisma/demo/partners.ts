import type { Prisma } from "@/lib/generated/prisma/client";

/** The programme's partner organisations, as the brochure names them. */
export const demoPartners = [
  { name: "Team Côte d'Azur", shortName: "TCA", kind: "AGENCY" },
  { name: "Office du Tourisme et des Congrès de Nice", shortName: "OTCN", kind: "TOURISM_OFFICE" },
  { name: "Région Provence-Alpes-Côte d'Azur", shortName: "Région Sud", kind: "REGION" },
  { name: "Ballet Nice Méditerranée (Opéra Nice Côte d'Azur)", shortName: "BNM", kind: "CULTURAL" },
  { name: "Comité des fêtes — Carnaval de Nice", shortName: "Carnaval", kind: "CULTURAL" },
] as const satisfies readonly Prisma.PartnerCreateInput[];

/**
 * Organisations that take part in the demo records but are not among the brochure's named partners.
 * Kept apart from demoPartners, whose exact contents other tests rely on.
 */
export const demoAssociatePartners = [
  { name: "Université Côte d'Azur", shortName: "UCA", kind: "ACADEMIC" },
  { name: "Chambre de commerce et d'industrie Nice Côte d'Azur", shortName: "CCI NCA", kind: "OTHER" },
  { name: "Aéroports de la Côte d'Azur", shortName: "ACA", kind: "COMPANY" },
] as const satisfies readonly Prisma.PartnerCreateInput[];

export type DemoPartnerShortName =
  (typeof demoPartners)[number]["shortName"] | (typeof demoAssociatePartners)[number]["shortName"];
