import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findTokenUser } from "@/lib/api/tokens";
import { buildUser } from "@/prisma/factories/users";
import { auditActions } from "../accounts/helpers";
import { databaseUrl, testDb } from "../setup/database";

// `npm run token -- --email <email>` as automation runs it: a child process whose standard output
// is captured whole. The database is the test run's, given as DATABASE_URL.

type Run = { code: number; stdout: string; stderr: string };

const root = resolve(import.meta.dirname, "../../..");

function runScript(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; command?: [string, string[]] } = {},
): Promise<Run> {
  const [command, prefix] = options.command ?? ["npx", ["tsx", "scripts/token.ts"]];
  const env = options.env ?? { ...process.env, DATABASE_URL: databaseUrl };
  return new Promise((done) => {
    execFile(
      command,
      [...prefix, ...args],
      { cwd: options.cwd ?? root, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** A port nothing listens on: the system picks a free one, and it is released at once. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

describe("npm run token", { timeout: 120_000 }, () => {
  it("prints one new API token for the user, whatever the email's case, and nothing else", async () => {
    const user = await testDb.user.create({
      data: await buildUser({ email: "claire.martin@example.test", role: "MANAGER" }),
    });
    const run = await runScript(["--email", "Claire.Martin@Example.TEST"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^imk_[A-Za-z0-9_-]{43}\n$/);
    const acting = await findTokenUser(run.stdout.trim(), "API");
    expect(acting).toMatchObject({ id: user.id, role: "MANAGER" });
    expect(await testDb.accessToken.findMany({ select: { userId: true, name: true, kind: true } })).toEqual([
      { userId: user.id, name: "command line", kind: "API" },
    ]);
    expect(await auditActions()).toEqual(["accessToken.create"]);
  });

  it("refuses an unknown or deactivated account, or a missing --email, on standard error with exit code 1", async () => {
    await testDb.user.create({ data: await buildUser({ email: "former@example.test", isActive: false }) });
    // Four separate runs, side by side: each starts its own process.
    const [unknown, deactivated, missing, unexpected] = await Promise.all([
      runScript(["--email", "nobody@example.test"]),
      runScript(["--email=former@example.test"]),
      runScript([]),
      runScript(["--mail", "x@example.test"]),
    ]);
    expect(unknown).toMatchObject({ code: 1, stdout: "" });
    expect(unknown.stderr).toContain("No user has the email nobody@example.test.");
    expect(deactivated).toMatchObject({ code: 1, stdout: "" });
    expect(deactivated.stderr).toContain("The account former@example.test is deactivated");
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toContain("Missing --email.");
    expect(unexpected).toMatchObject({ code: 1, stdout: "" });
    expect(unexpected.stderr).toContain("Usage: npm run --silent token -- --email <email>");
    expect(await testDb.accessToken.count()).toBe(0);
  });

  it("without DATABASE_URL and without the demo's database, says how to give one", async () => {
    // An empty working directory has no .data/pglite; the demo port is one nothing listens on.
    const empty = mkdtempSync(join(tmpdir(), "token-script-"));
    try {
      const { DATABASE_URL: _unset, ...env } = process.env;
      const run = await runScript(["--email", "a@example.test"], {
        cwd: empty,
        env: { ...env, DEMO_DB_PORT: String(await freePort()) },
        command: [
          join(root, "node_modules/.bin/tsx"),
          ["--tsconfig", join(root, "tsconfig.json"), join(root, "scripts/token.ts")],
        ],
      });
      expect(run).toMatchObject({ code: 1, stdout: "" });
      expect(run.stderr).toContain("DATABASE_URL is not set and there is no demo database");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
