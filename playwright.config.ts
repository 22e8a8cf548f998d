import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests drive Debian's Chromium (no browser download) against the production build,
 * served by tests/e2e/serve.ts on a fresh, seeded database. `npm run test:e2e` builds first.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // 2-core machines: a test that walks many pages with axe needs more than the default 30 s.
  timeout: 60_000,
  // A first request to a freshly started server (the several-instances cluster) took over 5 s once
  // on a loaded CI machine: assertions wait up to 10 s before they fail.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without these, Chromium tries to reach Google's services, which this network refuses.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    // Tests run signed in as staff unless they ask for another role (tests/e2e/roles.ts).
    { name: "chromium", dependencies: ["setup"], use: { storageState: "test-results/.auth/staff.json" } },
  ],
  webServer: {
    command: `tsx tests/e2e/serve.ts ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
