// The demo's embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) served over the
// wire protocol, so Prisma, the migrations and the app talk to it like to any PostgreSQL server.
// Its data lives in .data/pglite (git-ignored), so a restart keeps what users entered.
// See docs/decisions/002-embedded-demo-database.md.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

// PGlite runs one query at a time; the socket server queues them and keeps a transaction on the
// connection that opened it. A handful of connections covers the app, migrations and seed.
const maxConnections = 12;

export async function startEmbeddedDatabase(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db: pglite, port, host: "127.0.0.1", maxConnections });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      // close() flushes PGlite's files: skipping it could lose the last writes.
      await pglite.close();
    },
  };
}
