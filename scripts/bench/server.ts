// The production build and server the benchmark measures: `next build`, then `npm start`'s server
// (scripts/serve.mjs: one Next.js worker per core) on a free local port, against the benchmark's
// database (directly, or through the query proxy).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { availableParallelism } from "node:os";

const nextBin = "node_modules/.bin/next";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`\`${command} ${args.join(" ")}\` failed (exit code ${code}).`)),
    );
  });
}

export async function buildApp(): Promise<number> {
  const started = performance.now();
  await run(nextBin, ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  return (performance.now() - started) / 1000;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export type AppServer = {
  baseUrl: string;
  /** The server's process: its workers are its children. */
  pid: number;
  /** What the server printed (a failing page logs its error there). */
  output(): string;
  stop(): Promise<void>;
};

/** Workers the server starts: one per core, as `npm start` does (WEB_CONCURRENCY overrides). */
export const serverWorkers = () => Number(process.env.WEB_CONCURRENCY ?? availableParallelism());

export async function startApp(options: {
  databaseUrl: string;
  secret: string;
  poolSize?: number;
  workers?: number;
}): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      WEB_CONCURRENCY: String(options.workers ?? serverWorkers()),
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.poolSize ?? 10),
      NEXTAUTH_SECRET: options.secret,
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      // The API's per-user budget would refuse a load test: it is not what is measured here.
      API_RATE_LIMIT_PER_MINUTE: "1000000",
    },
  });
  const keep = (chunk: Buffer) => output.push(chunk.toString());
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = false;
  child.on("exit", () => (exited = true));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited before it was ready:\n${output.join("")}`);
    const ready = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`next start was not ready within 60 s:\n${output.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    baseUrl,
    pid: child.pid as number,
    async stop() {
      if (exited) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    },
    output: () => output.join(""),
  };
}
