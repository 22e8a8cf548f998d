// The server Playwright tests run against: the production build on a fresh database, migrated
// and seeded with the demo data, dropped again when Playwright stops the server.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/demo/seed";
import { buildUser } from "@/prisma/factories/users";
import { createMigratedDatabase, dropDatabase, ensurePostgres } from "@/tests/support/postgres";
import { languageTesterEmail } from "./roles";

const port = process.argv[2] ?? "3100";

await ensurePostgres();
const database = await createMigratedDatabase("e2e");
const seedClient = createPrismaClient(database.url, 2);
await seedDemoData(seedClient);
// A staff account of its own for the language test: the language is saved on the account, so
// switching it must not change what the other tests, signed in as the demo staff user, read.
await seedClient.user.create({
  data: await buildUser({ email: languageTesterEmail, name: "Léa Langue", role: "STAFF" }),
});
await seedClient.$disconnect();

// The production server entry, as `npm start` runs it (one worker: the tests are the load).
const server = spawn(process.execPath, ["scripts/serve.mjs"], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: port,
    HOSTNAME: "127.0.0.1",
    WEB_CONCURRENCY: "1",
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  },
  stdio: "inherit",
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await dropDatabase(database.name);
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  if (!stopping) {
    console.error(`scripts/serve.mjs exited with code ${code}`);
    void dropDatabase(database.name).finally(() => process.exit(1));
  }
});
