import { availableParallelism } from "node:os";

/**
 * How many integration test files run at once (INTEGRATION_WORKERS; default one per core, at most
 * two: PostgreSQL needs the rest). Each worker gets its own database (global-setup.ts).
 */
export const integrationWorkers = Math.max(
  1,
  Number(process.env.INTEGRATION_WORKERS ?? Math.min(2, availableParallelism())),
);
