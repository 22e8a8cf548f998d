// The cast of the authorization matrix: one user per column (tests/authorization/matrix.ts), two
// partner organisations (A, whose records the fixtures belong to, and B, an outsider) and the
// reference data records point to. Also the database fingerprint that proves "nothing changed".
import type { ActingUser } from "@/lib/auth/session-user";
import { buildPartner } from "@/tests/factories/partners";
import { buildDestination, buildObjective, buildSector } from "@/tests/factories/reference";
import { hashPassword } from "@/prisma/factories/users";
import type { Actor } from "@/tests/authorization/matrix";
import { testDb } from "../setup/database";

export type MatrixUser = ActingUser;

export type World = {
  users: Record<Exclude<Actor, "anonymous">, MatrixUser>;
  partnerA: string;
  partnerB: string;
  destinationId: string;
  sectorId: string;
  objectiveId: string;
};

/** Every matrix user's password (hashed once per run: argon2 is slow on purpose). */
export const matrixPassword = "authorization matrix password 2016";
let passwordHash: Promise<string> | undefined;

let sequence = 0;

async function createUser(role: ActingUser["role"], partnerId: string | null): Promise<MatrixUser> {
  sequence += 1;
  passwordHash ??= hashPassword(matrixPassword);
  const user = await testDb.user.create({
    data: {
      email: `matrix-${role.toLowerCase()}-${sequence}@example.test`,
      name: `Matrix ${role} ${sequence}`,
      role,
      partnerId,
      passwordHash: await passwordHash,
    },
    select: { id: true, email: true, name: true, role: true, partnerId: true, locale: true, mustChangePassword: true },
  });
  return user;
}

export async function createWorld(): Promise<World> {
  const [partnerA, partnerB] = [
    await testDb.partner.create({ data: buildPartner() }),
    await testDb.partner.create({ data: buildPartner() }),
  ];
  const users = {
    admin: await createUser("ADMIN", null),
    staff: await createUser("STAFF", null),
    manager: await createUser("MANAGER", null),
    partnerA: await createUser("PARTNER", partnerA.id),
    partnerB: await createUser("PARTNER", partnerB.id),
  };
  const destination = await testDb.destination.create({
    data: buildDestination({ countryCode: "CN" }),
    select: { id: true },
  });
  const sector = await testDb.sector.create({ data: buildSector(), select: { id: true } });
  const objective = await testDb.objective.create({ data: buildObjective(), select: { id: true } });
  return {
    users,
    partnerA: partnerA.id,
    partnerB: partnerB.id,
    destinationId: destination.id,
    sectorId: sector.id,
    objectiveId: objective.id,
  };
}

export function userOf(world: World, actor: Actor): MatrixUser | null {
  return actor === "anonymous" ? null : world.users[actor];
}

// Tables a read may legitimately touch: the shared API rate-limit counters, and a token's
// last-used time (a column, left out below).
const volatileTables = new Set(["_prisma_migrations", "RateLimitWindow"]);

/** One hash per table of everything in it: equal fingerprints mean nothing was written. */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await testDb.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const parts = tables
    .filter(({ tablename }) => !volatileTables.has(tablename))
    .map(
      ({ tablename }) =>
        `SELECT '${tablename}' AS "table", md5(coalesce(string_agg(x, '|' ORDER BY x), '')) AS hash FROM (SELECT (to_jsonb(r) - 'lastUsedAt')::text AS x FROM "public"."${tablename}" r) s`,
    );
  const rows = await testDb.$queryRawUnsafe<{ table: string; hash: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.table, row.hash]));
}

/** The tables whose contents differ between two fingerprints. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .sort();
}

/** The audit entries written since `afterId`, oldest first. */
export async function auditSince(afterId: bigint): Promise<{ action: string; actorId: string | null }[]> {
  return testDb.auditEntry.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true },
  });
}

export async function lastAuditId(): Promise<bigint> {
  return (await testDb.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
}
