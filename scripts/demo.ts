// `npm run demo`: the app with demo data in one command. Without DATABASE_URL it starts the
// embedded database; then it applies the migrations, seeds an empty database, builds and serves
// the production app. Ctrl-C stops the app, then the database, cleanly.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/demo/seed";
import { demoPassword, demoUsers } from "@/prisma/demo/users";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./demo/embedded-database";
import { assertPortFree } from "./demo/ports";
import { demoSessionSecret } from "./demo/session-secret";

const appPort = Number(process.env.PORT ?? 3000);
const embeddedPort = Number(process.env.DEMO_DB_PORT ?? 54329);

// Asynchronous on purpose: the embedded database is served from this very process, so blocking
// the event loop while a child runs (spawnSync) would leave the child without a database.
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`\`${command} ${args.join(" ")}\` failed (exit code ${code}).`));
    });
  });
}

async function main(): Promise<void> {
  await assertPortFree(appPort, "the app", "PORT");
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    await assertPortFree(embeddedPort, "the embedded database", "DEMO_DB_PORT");
    embedded = await startEmbeddedDatabase(resolve(".data/pglite"), embeddedPort);
    databaseUrl = embedded.url;
    console.log(`Embedded PostgreSQL (PGlite) on 127.0.0.1:${embeddedPort}, data in .data/pglite`);
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? demoSessionSecret(resolve(".data/session-secret")),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${appPort}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const stopDatabase = async () => embedded?.stop();
  try {
    await run("node_modules/.bin/prisma", ["migrate", "deploy"], env);
    const client = createPrismaClient(databaseUrl, 1);
    const seeded = await seedDemoData(client).finally(() => client.$disconnect());
    console.log(seeded ? "Demo data seeded." : "Existing data kept: demo seed skipped.");
    await run("node_modules/.bin/next", ["build"], env);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  serve(env, stopDatabase);
}

function serve(env: NodeJS.ProcessEnv, stopDatabase: () => Promise<void>): void {
  // One worker: the embedded database accepts only a few connections.
  const app = spawn(process.execPath, ["scripts/serve.mjs"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...env, NODE_ENV: "production", PORT: String(appPort), WEB_CONCURRENCY: "1" },
  });
  console.log(`\nThe app runs on http://localhost:${appPort}`);
  console.log(`Demo sign-ins, demo data only (password for all: ${demoPassword}):`);
  for (const user of demoUsers) console.log(`  ${user.role.padEnd(8)} ${user.email}`);
  console.log("Press Ctrl-C to stop.\n");

  let isStopping = false;
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    console.log("\nStopping the app…");
    app.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  app.on("exit", async (code) => {
    await stopDatabase();
    console.log("Stopped; all data is saved.");
    process.exit(isStopping ? 0 : (code ?? 1));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
