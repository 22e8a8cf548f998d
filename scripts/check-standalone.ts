// `npm run check:standalone` (CI, after `next build`): starts the standalone server the Docker
// image runs (.next/standalone/server.js) once, checks that it answers — /api/health reaches the
// database, a page renders, its script is served — then stops it. Exit code 0 when all answer.
// DATABASE_URL (or TEST_DATABASE_URL, or the local server) only has to accept connections.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const standalone = ".next/standalone";
const databaseUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

class CheckFailed extends Error {}

function fail(message: string): never {
  throw new CheckFailed(message);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === "string") fail("no free port");
  return address.port;
}

/** The standalone output leaves static files out (a CDN may serve them); the server serves them once copied. */
function copyStaticFiles(): void {
  cpSync(".next/static", join(standalone, ".next/static"), { recursive: true });
  if (existsSync("public")) cpSync("public", join(standalone, "public"), { recursive: true });
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, body: await response.text() };
}

async function main(): Promise<void> {
  if (!existsSync(join(standalone, "server.js"))) fail(`${standalone}/server.js is missing: run \`npm run build\` first (next.config.ts sets output: "standalone").`);
  copyStaticFiles();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const server = spawn(process.execPath, [join(standalone, "server.js")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const stop = () => new Promise<void>((resolve) => (server.exitCode !== null ? resolve() : (server.once("exit", () => resolve()), server.kill("SIGTERM"))));
  try {
    let health = { status: 0, body: "" };
    while (Date.now() - started < 60_000 && server.exitCode === null) {
      health = await get(`${base}/api/health`).catch(() => ({ status: 0, body: "" }));
      if (health.status !== 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (health.status !== 200) fail(`/api/health answered ${health.status || "nothing"} ${health.body} (database: ${new URL(databaseUrl).host}).`);
    const readyAfter = Date.now() - started;
    const signIn = await get(`${base}/sign-in`);
    if (signIn.status !== 200) fail(`/sign-in answered ${signIn.status}.`);
    const script = /\/_next\/static\/[^"']+\.js/.exec(signIn.body)?.[0];
    if (!script) fail("/sign-in names no script under /_next/static/.");
    const asset = await get(`${base}${script}`);
    if (asset.status !== 200) fail(`${script} answered ${asset.status}: static files are not served.`);
    console.log(`check-standalone: ${standalone}/server.js answered on port ${port} after ${(readyAfter / 1000).toFixed(1)} s: /api/health 200, /sign-in 200, ${script} 200.`);
  } finally {
    await stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`check-standalone: ${error instanceof CheckFailed ? error.message : String(error)}`);
  process.exitCode = 1;
}
