// How the benchmark is let in: accounts written straight into its database, session cookies
// minted as next-auth would after a sign-in (no password hashing or sign-in throttle in the
// measured path), and an API token stored as lib/api/tokens.ts stores it (SHA-256 of the secret).
import { createHash, randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { sessionCookieNames } from "@/lib/auth/session-cookies";

export type BenchRole = "ADMIN" | "STAFF" | "PARTNER";

export type BenchAccess = {
  secret: string;
  /** `Cookie` header value per role. */
  cookies: Record<BenchRole, string>;
  apiToken: string;
};

const accounts: Record<BenchRole, { id: string; email: string; name: string }> = {
  ADMIN: { id: "cbenchadmin00000000000000", email: "admin@bench.invalid", name: "Bench Admin" },
  STAFF: { id: "cbenchstaff00000000000000", email: "staff@bench.invalid", name: "Bench Staff" },
  PARTNER: { id: "cbenchpartner000000000000", email: "partner@bench.invalid", name: "Bench Partner" },
};

/** What lib/api/tokens.ts would make: a prefixed 256-bit secret. */
const newApiSecret = () => `imk_${randomBytes(32).toString("base64url")}`;

export async function createBenchAccess(url: string): Promise<BenchAccess> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const apiToken = newApiSecret();
  try {
    // The partner account belongs to the first organisation (the generator's Team Côte d'Azur).
    const partnerId =
      (await client.query<{ id: string }>(`SELECT id FROM "Partner" ORDER BY "createdAt", id LIMIT 1`)).rows[0]?.id ??
      null;
    for (const [role, account] of Object.entries(accounts) as [BenchRole, (typeof accounts)[BenchRole]][]) {
      // No password: nobody signs in with these accounts, the benchmark mints their sessions.
      await client.query(
        `INSERT INTO "User" (id, email, name, role, "partnerId", "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, $5, '!', now())`,
        [account.id, account.email, account.name, role, role === "PARTNER" ? partnerId : null],
      );
    }
    // A session row per account, as a sign-in opens (lib/auth/sessions.ts), open for a day.
    for (const account of Object.values(accounts)) {
      await client.query(
        `INSERT INTO "UserSession" (id, "userId", "expiresAt") VALUES ($1, $1, now() + interval '1 day')`,
        [account.id],
      );
    }
    await client.query(
      `INSERT INTO "AccessToken" (id, "userId", kind, name, "secretHash", prefix) VALUES ('cbenchtoken0000000000000', $1, 'API', 'benchmark', $2, $3)`,
      [accounts.STAFF.id, createHash("sha256").update(apiToken).digest("hex"), apiToken.slice(0, 10)],
    );
  } finally {
    await client.end();
  }
  const secret = randomBytes(32).toString("base64url");
  const cookies = {} as Record<BenchRole, string>;
  for (const [role, account] of Object.entries(accounts) as [BenchRole, (typeof accounts)[BenchRole]][]) {
    // The token next-auth's jwt callback makes (lib/auth/options.ts): who, and which session (its id is the account's).
    const token = await encode({
      secret,
      token: { sub: account.id, email: account.email, sid: account.id },
      maxAge: 8 * 60 * 60,
    });
    cookies[role] = `${sessionCookieNames[0]}=${token}`;
  }
  return { secret, cookies, apiToken };
}
