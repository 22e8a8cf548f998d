/** Printed by `npm run demo`; demo databases only. */
export const demoPassword = "cote-azur-2016";

/** One demo account per role, and partner users of two different organisations. */
export const demoUsers = [
  { email: "admin@demo.nicecotedazur.org", name: "Alice Admin", role: "ADMIN" },
  { email: "staff@demo.nicecotedazur.org", name: "Sophie Staff", role: "STAFF" },
  { email: "manager@demo.nicecotedazur.org", name: "Marc Manager", role: "MANAGER" },
  { email: "partner@demo.teamcotedazur.fr", name: "Paul Partner", role: "PARTNER", partnerShortName: "TCA" },
  { email: "partner@demo.otcn.fr", name: "Olivia Otcn", role: "PARTNER", partnerShortName: "OTCN" },
] as const;
