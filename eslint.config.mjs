import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

const noTests = {
  group: ["@/tests/*", "@/tests/**"],
  message: "Only tests import tests/ (shared builders live in prisma/factories).",
};
const noDatabase = {
  group: ["@/lib/db", "@/lib/generated/prisma/client"],
  message: "Call a lib/<area> function instead.",
};
const areaModules = [
  "@/lib/missions/*",
  "@/lib/delegations/*",
  "@/lib/events/*",
  "@/lib/joint-actions/*",
  "@/lib/agreements/*",
  "@/lib/towns/*",
  "@/lib/partners/*",
  "@/lib/reference/*",
  "@/lib/users/*",
  "@/lib/dashboard/*",
  "@/lib/workspace/*",
  "@/lib/calendar/*",
  "@/lib/calendar-export/*",
  "@/lib/api/*",
  "@/lib/spreadsheets/*",
  "@/lib/account/*",
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // A leading underscore marks a value left unused on purpose (an ignored callback argument).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // House rules on who may import whom (docs/decisions/014-one-way-to-write.md). ESLint keeps
  // the last matching block's options for a rule, so each block lists every pattern its files obey.
  {
    // Nothing the app ships imports the tests.
    files: ["app/**", "lib/**", "prisma/**", "scripts/**", "proxy.ts", "instrumentation.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [noTests] }] },
  },
  {
    // The generic building blocks know no record area: areas build on them, not the other way.
    files: [
      "lib/actions/**",
      "lib/records/**",
      "lib/time.ts",
      "lib/list-params.ts",
      "lib/list-query.ts",
      "lib/policy.ts",
      "lib/audit.ts",
      "lib/action-result.ts",
      "lib/db.ts",
      "lib/env.ts",
      "lib/money.ts",
      "lib/column-range.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [noTests, { group: areaModules, message: "A generic module must not depend on a record area." }] },
      ],
    },
  },
  {
    // One data layer: only lib/db.ts and the lib/<area> data modules may reach the database.
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [noTests, noDatabase] }] },
  },
  {
    // Components are rendered by routes and call lib/; they never reach back into app/.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noTests,
            noDatabase,
            { group: ["@/app/*", "@/app/**"], message: "Import actions and data from lib/<area>, not from app/." },
          ],
        },
      ],
    },
  },
]);
