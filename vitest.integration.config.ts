import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.config.ts";

/**
 * Integration tests against a real PostgreSQL (TEST_DATABASE_URL, default the local server).
 * Files share the run's database and reset it between tests, so they run one at a time.
 */
export default defineConfig({
  resolve,
  test: {
    include: ["tests/integration/**/*.test.ts"],
    globalSetup: ["tests/integration/setup/global-setup.ts"],
    setupFiles: ["tests/support/fail-on-console-error.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
