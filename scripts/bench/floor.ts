// The floor: the statements one request made, replayed straight against PostgreSQL with `pg`, in
// the order the app sent them, one after the other on one connection per client. Rows are read
// but not parsed (every column stays text), so the time is PostgreSQL's plus the wire's.
import pg from "pg";
import type { CapturedStatement } from "./pg-frontend-parser";
import { summarize, type LatencySummary } from "./stats";

const unparsed = { getTypeParser: () => (value: string) => value };

async function replayOnce(client: pg.Client, statements: readonly CapturedStatement[]): Promise<void> {
  for (const statement of statements) {
    // Without values pg sends a simple Query, as the app's driver did for BEGIN/COMMIT.
    await client.query({
      text: statement.sql,
      values: statement.params.length ? statement.params : undefined,
      rowMode: "array",
      types: unparsed,
    });
  }
}

/**
 * Replays `statements` as often as `clients` connections can in `durationMs`, each connection
 * running the whole sequence again and again; returns the time of one sequence.
 */
export async function measureFloor(
  databaseUrl: string,
  statements: readonly CapturedStatement[],
  options: { clients: number; durationMs: number },
): Promise<LatencySummary> {
  const connections = await Promise.all(
    Array.from({ length: options.clients }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  const times: number[] = [];
  try {
    // One untimed pass per connection: plans and buffers warm, as in the app's pool.
    await Promise.all(connections.map((client) => replayOnce(client, statements)));
    const deadline = performance.now() + options.durationMs;
    await Promise.all(
      connections.map(async (client) => {
        while (performance.now() < deadline) {
          const started = performance.now();
          await replayOnce(client, statements);
          times.push(performance.now() - started);
        }
      }),
    );
  } finally {
    await Promise.all(connections.map((client) => client.end()));
  }
  return summarize(times);
}
