import { defineConfig } from "vitest/config";
import { integrationWorkers } from "./tests/integration/setup/workers.ts";
import { resolve } from "./vitest.config.ts";

/**
 * Integration tests against a real PostgreSQL (TEST_DATABASE_URL, default the local server).
 * Files run side by side, one per worker, each worker on its own copy of the migrated database,
 * which its tests reset between tests (tests/integration/setup).
 */
export default defineConfig({
  resolve,
  test: {
    include: ["tests/integration/**/*.test.ts"],
    globalSetup: ["tests/integration/setup/global-setup.ts"],
    setupFiles: ["tests/support/fail-on-console-error.ts"],
    fileParallelism: integrationWorkers > 1,
    maxWorkers: integrationWorkers,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
