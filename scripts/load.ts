// `npm run load -- --url http://localhost:3000 --users 100 --duration 60`: drives a running
// production server as the department would at its busiest — 100 people signed in at once
// (through the real sign-in), opening dashboards, lists, searches and records, reading the API
// and saving through it — then prints p50/p95/p99 per kind of request and overall, and the error
// count (the target is zero). A 409 from two people saving the same record at once is the
// conflict rule doing its job: counted apart, not as an error.
//
// API tokens for the demo accounts are made in the server's database (DATABASE_URL, or the demo's
// embedded one, like `npm run token`). The server must allow the API traffic of a whole office:
// start it with API_RATE_LIMIT_PER_MINUTE raised (e.g. 1000000) for the run.
import { createPrismaClient } from "@/lib/prisma-client";
import { demoPassword, demoUsers } from "@/prisma/demo/users";
import { Browser } from "./load/browser";
import { readOptions } from "./load/options";
import { Recorder } from "./load/stats";
import { roleOf, runUser, type Catalogue, type Role, type VirtualUser } from "./load/workload";
import { openDatabase } from "./token/database";
import { issueTokenForEmail } from "./token/issue-token";

const accounts: Record<Role, string> = {
  admin: demoUsers[0].email,
  staff: demoUsers[1].email,
  manager: demoUsers[2].email,
  partnerA: demoUsers[3].email,
  partnerB: demoUsers[4].email,
};

async function issueTokens(): Promise<Record<Role, string>> {
  const database = await openDatabase(process.env);
  const client = createPrismaClient(database.url, 1);
  try {
    const entries = await Promise.all(
      Object.entries(accounts).map(async ([role, email]) => [role, await issueTokenForEmail(client, email)] as const),
    );
    return Object.fromEntries(entries) as Record<Role, string>;
  } finally {
    await client.$disconnect();
    await database.close();
  }
}

async function apiIds(
  url: string,
  token: string,
  path: string,
): Promise<{ id: string; title?: string; name?: string }[]> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok)
    throw new Error(`GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return ((await response.json()) as { data: { id: string; title?: string; name?: string }[] }).data;
}

/** What there is to click on: records, words worth searching, each partner's own missions. */
async function catalogue(url: string, tokens: Record<Role, string>): Promise<Catalogue> {
  const [towns, missions, delegations, events, missionsOfA, missionsOfB] = await Promise.all([
    apiIds(url, tokens.staff, "/api/v1/towns?pageSize=100"),
    apiIds(url, tokens.staff, "/api/v1/missions?pageSize=100"),
    apiIds(url, tokens.staff, "/api/v1/delegations?pageSize=100"),
    apiIds(url, tokens.staff, "/api/v1/events?pageSize=100"),
    apiIds(url, tokens.partnerA, "/api/v1/missions?pageSize=100"),
    apiIds(url, tokens.partnerB, "/api/v1/missions?pageSize=100"),
  ]);
  if (towns.length === 0 || missions.length === 0 || delegations.length === 0 || events.length === 0) {
    throw new Error(
      "The database holds no towns, missions, delegations or events: seed the demo data first (npm run db:seed).",
    );
  }
  const words = [...missions, ...delegations, ...events]
    .flatMap((record) => (record.title ?? "").split(/\s+/))
    .filter((word) => word.length >= 4);
  return {
    towns: towns.map((town) => town.id),
    missions: missions.map((mission) => mission.id),
    delegations: delegations.map((delegation) => delegation.id),
    events: events.map((event) => event.id),
    searchWords: [...new Set(words)].slice(0, 50),
    partnerMissions: {
      partnerA: missionsOfA.map((mission) => mission.id),
      partnerB: missionsOfB.map((mission) => mission.id),
    },
  };
}

/** Signs every virtual user in, ten at a time (each sign-in checks an argon2 hash on the server). */
async function signIn(
  url: string,
  users: number,
  tokens: Record<Role, string>,
  password: string,
): Promise<VirtualUser[]> {
  const signedIn: VirtualUser[] = [];
  for (let start = 0; start < users; start += 10) {
    const batch = Array.from({ length: Math.min(10, users - start) }, async (_, offset) => {
      const role = roleOf(start + offset, users);
      const browser = new Browser(url);
      await browser.signIn(accounts[role], password);
      return { role, browser, token: tokens[role] };
    });
    signedIn.push(...(await Promise.all(batch)));
  }
  return signedIn;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), demoPassword);
  console.log(
    `Load: ${options.users} users for ${options.durationSeconds} s against ${options.url} (mean pause ${options.thinkMs} ms between steps)`,
  );
  const tokens = await issueTokens();
  const clicks = await catalogue(options.url, tokens);
  const users = await signIn(options.url, options.users, tokens, options.password);
  const roles = users.reduce<Record<string, number>>(
    (count, user) => ({ ...count, [user.role]: (count[user.role] ?? 0) + 1 }),
    {},
  );
  console.log(
    `Signed in: ${Object.entries(roles)
      .map(([role, count]) => `${count} ${role}`)
      .join(", ")}`,
  );

  const recorder = new Recorder();
  const started = Date.now();
  await Promise.all(
    users.map((user) => runUser(user, recorder, clicks, started + options.durationSeconds * 1000, options.thinkMs)),
  );
  const elapsed = (Date.now() - started) / 1000;

  const { text, errors } = recorder.report(elapsed);
  console.log(`\n${text}\n\nErrors: ${errors} (target 0) in ${elapsed.toFixed(1)} s.`);
  if (recorder.errorSamples.length > 0) console.log(`First errors:\n  ${recorder.errorSamples.join("\n  ")}`);
  process.exitCode = errors === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
