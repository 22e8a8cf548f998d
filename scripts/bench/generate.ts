// `npm run bench` step 1: a synthetic history of decades in the benchmark's own database, written
// by PostgreSQL itself (INSERT … SELECT FROM generate_series), so even the default scale takes
// minutes, not hours.
import pg from "pg";
import { helperFunctions, priorityCityCount, type HistoryShape } from "./generate-functions";
import { recordStatements } from "./generate-records";
import { referenceStatements } from "./generate-reference";

/** The default scale: 30 years of a busy programme. */
export const defaultShape = {
  years: 30,
  partners: 500,
  destinations: 2_000,
  missions: 50_000,
  delegations: 100_000,
  events: 50_000,
  jointActions: 200_000,
  agreements: 1_500,
  towns: 60,
} as const;

/**
 * The history at `scale` (1 = the default). The span of years and the communes of the urban area
 * do not grow with the programme's activity; floors keep a tiny scale meaningful (eight known
 * partners, the 20 priority cities and a few others).
 */
export function shapeForScale(scale: number, lastYear: number): HistoryShape {
  const scaled = (count: number, minimum: number) => Math.max(minimum, Math.round(count * scale));
  return {
    firstYear: lastYear - defaultShape.years + 1,
    lastYear,
    partners: scaled(defaultShape.partners, 8),
    destinations: scaled(defaultShape.destinations, priorityCityCount * 2),
    missions: scaled(defaultShape.missions, 30),
    delegations: scaled(defaultShape.delegations, 30),
    events: scaled(defaultShape.events, 30),
    jointActions: scaled(defaultShape.jointActions, 30),
    agreements: scaled(defaultShape.agreements, 10),
    towns: defaultShape.towns,
  };
}

export type GeneratedHistory = { shape: HistoryShape; seconds: number; rowCounts: Record<string, number> };

const countedTables = [
  "Partner",
  "Destination",
  "Mission",
  "MissionPartner",
  "_DestinationToMission",
  "Delegation",
  "InternationalEvent",
  "JointAction",
  "Agreement",
  "Town",
];

export async function generateHistory(
  url: string,
  shape: HistoryShape,
  log: (line: string) => void,
): Promise<GeneratedHistory> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const text of helperFunctions(shape)) await client.query(text);
    const statements = [...referenceStatements(shape), ...recordStatements(shape)];
    for (const statement of statements) {
      const stepStarted = performance.now();
      const result = await client.query(statement.text, statement.values);
      const table = /INSERT INTO "([^"]+)"/.exec(statement.text)?.[1] ?? "?";
      log(`  ${table}: ${result.rowCount} rows in ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`);
    }
    // Fresh statistics and visibility maps, as autovacuum would give a long-lived database.
    await client.query("VACUUM ANALYZE");
    const rowCounts: Record<string, number> = {};
    for (const table of countedTables) {
      rowCounts[table] = Number(
        (await client.query<{ count: string }>(`SELECT count(*) FROM "${table}"`)).rows[0]?.count ?? 0,
      );
    }
    return { shape, seconds: (performance.now() - started) / 1000, rowCounts };
  } finally {
    await client.end();
  }
}
