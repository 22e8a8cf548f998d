// `npm start`: the production server on every core. Node.js runs JavaScript on one thread, so one
// `next start` process uses one core however many the machine has; this starts WEB_CONCURRENCY
// workers (default: the cores available), each a Next.js server of the same build, sharing one
// port through node:cluster (the primary accepts connections and hands them round). Workers keep
// no state of their own (sessions are signed cookies, everything else is in PostgreSQL), so any
// worker can answer any request. A worker that dies is replaced; SIGTERM/SIGINT stop them all
// gracefully. PORT (default 3000) and HOSTNAME (default all interfaces) as `next start` reads them.
// Plain JavaScript: production needs no TypeScript toolchain to start.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? availableParallelism()));

if (cluster.isPrimary) {
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
  console.log(`Starting ${workers} worker${workers === 1 ? "" : "s"} on http://${hostname}:${port}`);
} else {
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => handle(request, response));
  server.listen(port, hostname);
  process.on("SIGTERM", () => {
    server.close(() => process.exit(0));
    // Requests still running get ten seconds to finish.
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
