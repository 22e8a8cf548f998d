import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "../setup/database";

// The lists' free-text searches ("contains", any case: ILIKE '%…%') are answered by pg_trgm
// indexes (migrations 20261127174000 and 20261202070000), or every search reads the whole table:
// 450 ms for a word found in no joint action at the benchmark's scale (decision 011). The conditions
// below are the lists' own (lib/*/queries.ts); Prisma writes their SQL, PostgreSQL plans it with
// whole-table reads ruled out, and the plan must go through the trigram indexes.

const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }),
  log: [{ emit: "event", level: "query" }],
});
let lastQuery: { query: string; params: string } | null = null;
client.$on("query", (event) => {
  lastQuery = { query: event.query, params: event.params };
});

afterAll(() => client.$disconnect());

/** The plan of the SQL Prisma sent for `run`, with whole-table reads ruled out (small test tables would be read whole). */
async function planOf(run: () => Promise<unknown>): Promise<string> {
  lastQuery = null;
  await run();
  const sent = lastQuery as { query: string; params: string } | null;
  if (!sent) throw new Error("Prisma sent no query");
  const connection = new pg.Client({ connectionString: databaseUrl });
  await connection.connect();
  try {
    await connection.query("BEGIN");
    // Only a bitmap scan on an index whose condition matches is left: no reading the table or an index whole.
    await connection.query(
      "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off",
    );
    const { rows } = await connection.query<{ "QUERY PLAN": string }>(
      `EXPLAIN ${sent.query}`,
      JSON.parse(sent.params) as unknown[],
    );
    await connection.query("ROLLBACK");
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  } finally {
    await connection.end();
  }
}

const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });

describe("free-text searches of the lists", () => {
  it("find missions by title through the trigram index", async () => {
    const plan = await planOf(() => client.mission.findMany({ where: { title: contains("xiamen") }, take: 25 }));
    expect(plan).toContain("Mission_title_trgm_idx");
  });

  it("find events by title or venue through their trigram indexes", async () => {
    const plan = await planOf(() =>
      client.internationalEvent.findMany({
        where: { OR: [{ title: contains("carnaval") }, { venue: contains("carnaval") }] },
        take: 25,
      }),
    );
    expect(plan).toContain("InternationalEvent_title_trgm_idx");
    expect(plan).toContain("InternationalEvent_venue_trgm_idx");
  });

  it("find joint actions by title, description or outcome through their trigram indexes", async () => {
    const plan = await planOf(() =>
      client.jointAction.findMany({
        where: {
          OR: [{ title: contains("seoul") }, { description: contains("seoul") }, { outcome: contains("seoul") }],
        },
        take: 25,
      }),
    );
    for (const index of [
      "JointAction_title_trgm_idx",
      "JointAction_description_trgm_idx",
      "JointAction_outcome_trgm_idx",
    ])
      expect(plan).toContain(index);
  });

  it("find delegations by title or host through their trigram indexes", async () => {
    const plan = await planOf(() =>
      client.delegation.findMany({
        where: { OR: [{ title: contains("tokyo") }, { hostName: contains("tokyo") }] },
        take: 25,
      }),
    );
    expect(plan).toContain("Delegation_title_trgm_idx");
    expect(plan).toContain("Delegation_hostName_trgm_idx");
  });
});
