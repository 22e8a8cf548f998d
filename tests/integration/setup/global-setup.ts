import type { TestProject } from "vitest/node";
import { cloneDatabase, createMigratedDatabase, dropDatabase, ensurePostgres } from "@/tests/support/postgres";
import { integrationWorkers } from "./workers";

declare module "vitest" {
  export interface ProvidedContext {
    /** One database per worker: files run side by side, each resetting only its own. */
    databaseUrls: string[];
  }
}

/** A database built from the migrations, copied once per worker; all dropped at the end. */
export default async function setup(project: TestProject) {
  await ensurePostgres();
  const template = await createMigratedDatabase("it");
  const copies: { url: string; name: string }[] = [];
  for (let worker = 1; worker <= integrationWorkers; worker += 1)
    copies.push(await cloneDatabase(template.name, `it${worker}`));
  project.provide(
    "databaseUrls",
    copies.map((copy) => copy.url),
  );
  return async () => {
    for (const copy of copies) await dropDatabase(copy.name);
    await dropDatabase(template.name);
  };
}
