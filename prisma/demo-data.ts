import type { PrismaClient } from "@/lib/generated/prisma/client";
import { demoPartners } from "@/tests/factories/partners";
import { buildUser, demoUsers } from "@/tests/factories/users";

/** Seeds the demo organisations and one account per role. Returns false when data already exists. */
export async function seedDemoData(db: PrismaClient): Promise<boolean> {
  if ((await db.user.count()) > 0 || (await db.partner.count()) > 0) return false;
  const users = await Promise.all(
    demoUsers.map(async ({ email, name, role, ...rest }) => {
      const partnerShortName = "partnerShortName" in rest ? rest.partnerShortName : undefined;
      return { user: await buildUser({ email, name, role }), partnerShortName };
    }),
  );
  await db.$transaction(async (tx) => {
    await tx.partner.createMany({ data: [...demoPartners] });
    for (const { user, partnerShortName } of users) {
      // strictUndefinedChecks: a relation is either connected or left out, never `undefined`.
      const partner = partnerShortName ? { partner: { connect: { shortName: partnerShortName } } } : {};
      await tx.user.create({ data: { ...user, ...partner } });
    }
  });
  return true;
}
