// The production server, the only way the app is served (`npm start`, `npm run demo`, the tests,
// the benchmark, the Docker image). It does two things `next start` cannot:
// - it decides each request's client address from the socket before Next.js sees the request
//   (scripts/client-address.mjs, TRUSTED_PROXIES), so a client cannot choose its own address for
//   the sign-in lockout, the API budget or the audit log; instrumentation.ts refuses to serve in
//   production without it;
// - Node.js runs JavaScript on one core, so it starts WEB_CONCURRENCY workers (default: the cores
//   available), each a Next.js server of the same build, sharing one port through node:cluster.
//   Workers keep no state of their own (sessions, lockouts and budgets are in PostgreSQL), so any
//   worker can answer any request. A worker that dies is replaced; SIGTERM/SIGINT stop them all
//   gracefully. With one worker it serves in this process.
// PORT (default 3000) and HOSTNAME (default every interface, IPv6 and IPv4) as `next start` reads them. From the
// standalone output (.next/standalone, copied there with scripts/ by check-standalone and the
// Dockerfile) it reads the build's configuration as the generated server.js would.
// Plain JavaScript: production needs no TypeScript toolchain to start.
import cluster from "node:cluster";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { parseTrustedProxies, settleClientAddress } from "./client-address.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? availableParallelism()));
// Refuses a malformed setting before anything listens.
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);

/** The app's folder: the repository, or the standalone output this file was copied into. */
const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const isStandalone = !existsSync(join(appDir, "next.config.ts"));

function standaloneConfig() {
  const { config } = JSON.parse(readFileSync(join(appDir, ".next", "required-server-files.json"), "utf8"));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  return config;
}

async function serve() {
  // Read by instrumentation.ts: this process settles client addresses itself.
  globalThis[Symbol.for("international-missions.client-address")] = true;
  const app = next({
    dev: false,
    dir: appDir,
    hostname: hostname ?? "localhost",
    port,
    ...(isStandalone ? { conf: standaloneConfig() } : {}),
  });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    settleClientAddress(request, trustedProxies);
    return handle(request, response);
  });
  // A port already taken must stop the process, not leave it running without listening.
  server.on("error", (error) => {
    console.error(`Cannot serve on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, hostname);
  const stop = () => {
    server.close(() => process.exit(0));
    // Requests still running get ten seconds to finish.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return server;
}

if (workers > 1 && cluster.isPrimary) {
  let stopping = false;
  const startWorker = () => cluster.fork();
  for (let index = 0; index < workers; index += 1) startWorker();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Worker ${worker.process.pid} stopped (${signal ?? code}); starting another.`);
    // After a pause: a worker that cannot start at all (a broken build) would otherwise be
    // restarted in a tight loop.
    setTimeout(startWorker, 1000);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`Starting ${workers} workers on port ${port}`);
} else {
  await serve();
  if (workers === 1) console.log(`Serving on port ${port}`);
}
