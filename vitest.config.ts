import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Module resolution shared by the unit and integration configurations. */
export const resolve = {
  alias: [
    { find: /^@\//, replacement: root },
    // Vitest does not run with the react-server condition that makes "server-only" importable.
    { find: "server-only", replacement: `${root}tests/support/empty-module.ts` },
  ],
};

/** Unit tests: next to the code, no database, fast. */
export default defineConfig({
  resolve,
  test: {
    include: ["{lib,components,app,prisma,scripts}/**/*.test.{ts,tsx}", "tests/authorization/**/*.test.ts"],
    exclude: ["lib/generated/**", "node_modules/**"],
    setupFiles: ["tests/support/fail-on-console-error.ts"],
    environment: "node",
  },
});
