// `npm run check:standalone` (CI, after `next build`): starts the server the Docker image runs —
// the standalone output with the server entry copied in (.next/standalone/scripts/serve.mjs) —
// once, checks that it answers — /api/health reaches the database, a page renders, its script is
// served — then stops it; and checks that the generated server.js, which would let clients choose
// their address, refuses to start. Exit code 0 when all is as said.
// DATABASE_URL (or TEST_DATABASE_URL, or the local server) only has to accept connections.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const standalone = ".next/standalone";
const databaseUrl =
  process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

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

/**
 * The standalone output leaves static files out (a CDN may serve them); the server serves them once
 * copied. The server entry and its client-address module are copied as the Dockerfile does.
 */
function copyIntoStandalone(): void {
  cpSync(".next/static", join(standalone, ".next/static"), { recursive: true });
  if (existsSync("public")) cpSync("public", join(standalone, "public"), { recursive: true });
  mkdirSync(join(standalone, "scripts"), { recursive: true });
  for (const file of serverEntryFiles) cpSync(file, join(standalone, file));
}

/** What the Dockerfile copies next to the standalone output to serve it. */
const serverEntryFiles = ["scripts/serve.mjs", "scripts/client-address.mjs"];

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, body: await response.text() };
}

function serverEnv(port: number, base: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    WEB_CONCURRENCY: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** The generated server.js must not serve: instrumentation.ts stops it (clients could choose their address). */
async function checkGeneratedServerRefuses(): Promise<void> {
  const port = await freePort();
  const server = spawn(process.execPath, [join(standalone, "server.js")], {
    env: serverEnv(port, `http://127.0.0.1:${port}`),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (server.exitCode === null && Date.now() < deadline) {
    // Next prepares the app on the first request: ask for one.
    await get(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const answered = await get(`http://127.0.0.1:${port}/api/health`).catch(() => ({ status: 0, body: "" }));
  if (server.exitCode === null) server.kill("SIGKILL");
  if (answered.status === 200 || !output.includes("Serve the app with `npm start`")) {
    fail(
      `${standalone}/server.js served (/api/health ${answered.status}) instead of refusing to start:\n${output.slice(-2000)}`,
    );
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(standalone, "server.js")))
    fail(`${standalone}/server.js is missing: run \`npm run build\` first (next.config.ts sets output: "standalone").`);
  copyIntoStandalone();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const server = spawn(process.execPath, [join(standalone, "scripts/serve.mjs")], {
    env: serverEnv(port, base),
    stdio: ["ignore", "inherit", "inherit"],
  });
  const stop = () =>
    new Promise<void>((resolve) =>
      server.exitCode !== null ? resolve() : (server.once("exit", () => resolve()), server.kill("SIGTERM")),
    );
  try {
    let health = { status: 0, body: "" };
    while (Date.now() - started < 60_000 && server.exitCode === null) {
      health = await get(`${base}/api/health`).catch(() => ({ status: 0, body: "" }));
      if (health.status !== 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (health.status !== 200)
      fail(
        `/api/health answered ${health.status || "nothing"} ${health.body} (database: ${new URL(databaseUrl).host}).`,
      );
    const readyAfter = Date.now() - started;
    const signIn = await get(`${base}/sign-in`);
    if (signIn.status !== 200) fail(`/sign-in answered ${signIn.status}.`);
    const script = /\/_next\/static\/[^"']+\.js/.exec(signIn.body)?.[0];
    if (!script) fail("/sign-in names no script under /_next/static/.");
    const asset = await get(`${base}${script}`);
    if (asset.status !== 200) fail(`${script} answered ${asset.status}: static files are not served.`);
    console.log(
      `check-standalone: ${standalone}/scripts/serve.mjs answered on port ${port} after ${(readyAfter / 1000).toFixed(1)} s: /api/health 200, /sign-in 200, ${script} 200.`,
    );
  } finally {
    await stop();
  }
  await checkGeneratedServerRefuses();
  console.log(`check-standalone: ${standalone}/server.js refused to start, as it must.`);
}

try {
  await main();
} catch (error) {
  console.error(`check-standalone: ${error instanceof CheckFailed ? error.message : String(error)}`);
  process.exitCode = 1;
}
