import type { ActingUser } from "@/lib/auth/session-user";
import { buildUser } from "@/prisma/factories/users";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

/** Two partner organisations, each with one user, plus staff and a manager. */
export async function createTwoPartners() {
  const tca = await createActingUser("PARTNER");
  const otcn = await createActingUser("PARTNER");
  const staff = await createActingUser("STAFF");
  const manager = await createActingUser("MANAGER");
  return {
    tca: tca as ActingUser & { partnerId: string },
    otcn: otcn as ActingUser & { partnerId: string },
    staff,
    manager,
  };
}

/** Closes `year` as an admin would (the closure row is all the joint-action rule reads). */
export async function closeYearInDb(year: number): Promise<void> {
  const admin = await testDb.user.create({ data: await buildUser({ role: "ADMIN" }) });
  await testDb.yearClosure.create({ data: { year, figures: {}, recordIds: {}, closedById: admin.id } });
}
