import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoRecords } from "@/prisma/demo/records";
import { demoAssociatePartners, demoPartners } from "@/prisma/demo/partners";
import { demoUsers } from "@/prisma/demo/users";
import { buildUser } from "@/prisma/factories/users";

/** True when nothing a user could have entered exists yet: accounts, organisations, reference data, records. */
async function isEmpty(db: PrismaClient): Promise<boolean> {
  const counts = await Promise.all([
    db.user.count(),
    db.partner.count(),
    db.sector.count(),
    db.destination.count(),
    db.town.count(),
    db.mission.count(),
    db.delegation.count(),
    db.internationalEvent.count(),
  ]);
  return counts.every((count) => count === 0);
}

/**
 * Seeds the demo organisations, one account per role, and the reference data and records behind the
 * 2016 dashboard (docs/decisions/008-demo-data.md), all in one transaction. Returns false, writing
 * nothing, when data already exists.
 */
export async function seedDemoData(db: PrismaClient): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const users = await Promise.all(
    demoUsers.map(async ({ email, name, role, ...rest }) => {
      const partnerShortName = "partnerShortName" in rest ? rest.partnerShortName : undefined;
      return { user: await buildUser({ email, name, role }), partnerShortName };
    }),
  );
  await db.$transaction(
    async (tx) => {
      await tx.partner.createMany({ data: [...demoPartners, ...demoAssociatePartners] });
      for (const { user, partnerShortName } of users) {
        // strictUndefinedChecks: a relation is either connected or left out, never `undefined`.
        const partner = partnerShortName ? { partner: { connect: { shortName: partnerShortName } } } : {};
        await tx.user.create({ data: { ...user, ...partner } });
      }
      await seedDemoRecords(tx);
    },
    // A slow machine (the embedded demo database, a busy CI runner) must not hit Prisma's 5 s default.
    { timeout: 60_000 },
  );
  return true;
}
