import type { TestProject } from "vitest/node";
import { createMigratedDatabase, dropDatabase, ensurePostgres } from "@/tests/support/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One database per run, built from the migrations, dropped at the end. */
export default async function setup(project: TestProject) {
  await ensurePostgres();
  const database = await createMigratedDatabase("it");
  project.provide("databaseUrl", database.url);
  return async () => {
    await dropDatabase(database.name);
  };
}
