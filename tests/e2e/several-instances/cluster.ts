// Two production servers of the same build on different ports against one database, configured
// as docs/reliability.md and the README ("Deploying") say several instances must be: the same
// NEXTAUTH_SECRET, the same NEXTAUTH_URL (the balancer's public address), one DATABASE_URL.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/demo/seed";
import { createMigratedDatabase, dropDatabase, ensurePostgres } from "@/tests/support/postgres";
import type { InstanceName } from "./balancer";

export type Cluster = { databaseUrl: string; stop(): Promise<void> };

/** Two free ports for the instances (chosen first: the balancer in front must know them). */
export async function choosePorts(): Promise<Record<InstanceName, number>> {
  return { A: await freePort(), B: await freePort() };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

async function waitUntilHealthy(port: number, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`The server on port ${port} stopped (exit code ${server.exitCode}):\n${output()}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server on port ${port} did not answer /api/health within 90 s:\n${output()}`);
}

function startServer(port: number, env: NodeJS.ProcessEnv): { server: ChildProcess; output: () => string } {
  // Its own process group, so stopping it stops whatever it started, and nothing else.
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", WEB_CONCURRENCY: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  return { server, output: () => log };
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await exited;
}

/** A migrated database with the demo data, and instances A and B serving it. */
export async function startCluster(
  ports: Record<InstanceName, number>,
  publicUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<Cluster> {
  await ensurePostgres();
  const database = await createMigratedDatabase("e2e_instances");
  const seedClient = createPrismaClient(database.url, 1);
  await seedDemoData(seedClient).finally(() => seedClient.$disconnect());
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: publicUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    // The balancer runs on this machine: its X-Forwarded-For names the client.
    TRUSTED_PROXIES: "127.0.0.1, ::1",
    ...extraEnv,
  };
  const servers = (["A", "B"] as const).map((name) => startServer(ports[name], env));
  const stop = async () => {
    await Promise.all(servers.map(({ server }) => stopServer(server)));
    await dropDatabase(database.name);
  };
  try {
    await Promise.all(
      servers.map(({ server, output }, index) => waitUntilHealthy(index === 0 ? ports.A : ports.B, server, output)),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { databaseUrl: database.url, stop };
}
