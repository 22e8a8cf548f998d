import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getKeyFigures, getRecordedYears } from "@/lib/dashboard/figures";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/demo/seed";
import { adminDatabaseUrl, dropDatabase } from "@/tests/support/postgres";
import { databaseUrl, testDb } from "../setup/database";
import { readContents, rowCounts } from "./database-contents";

// Backups (docs/reliability.md): `npm run db:backup` / `npm run db:restore`, run as an operator would, on the
// demo data. A wiped database and a brand-new empty one both come back with every row, every id
// sequence and every year's key figures as they were.

const folder = mkdtempSync(join(tmpdir(), "backup-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

function npmRun(script: "db:backup" | "db:restore", args: string[], url = databaseUrl): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", script, "--", ...args],
      { env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

async function allKeyFigures() {
  const years = await getRecordedYears();
  if (!years) throw new Error("the demo data records no year");
  return getKeyFigures(years.first, years.last);
}

async function wipe(): Promise<void> {
  const tables = await testDb.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await testDb.$executeRawUnsafe(
    `TRUNCATE ${tables.map(({ tablename }) => `"public"."${tablename}"`).join(", ")} RESTART IDENTITY CASCADE`,
  );
}

describe("backing up and restoring the database", () => {
  it("brings a wiped database back with identical records and identical figures for every year", async () => {
    expect(await seedDemoData(testDb)).toBe(true);
    const before = await readContents(testDb);
    const figuresBefore = await allKeyFigures();
    expect(figuresBefore.find((figures) => figures.year === 2016)).toEqual({
      year: 2016,
      missionsCarriedOut: 13,
      delegationsWelcomed: 52,
      internationalEventsOrganised: 32,
      connectedTowns: 50,
    });

    const file = join(folder, "demo.dump");
    const backup = await npmRun("db:backup", [file]);
    expect(backup, backup.stderr).toMatchObject({ code: 0 });
    expect(backup.stdout).toContain(`to ${file}`);

    await wipe();
    expect(await testDb.mission.count()).toBe(0);
    expect(await getRecordedYears()).toBeNull();

    const restore = await npmRun("db:restore", [file]);
    expect(restore, restore.stderr).toMatchObject({ code: 0 });
    const after = await readContents(testDb);
    expect(rowCounts(after.tables)).toEqual(rowCounts(before.tables));
    expect(after).toEqual(before);
    expect(await allKeyFigures()).toEqual(figuresBefore);
  });

  it("restores into a brand-new empty database (a lost server)", async () => {
    await seedDemoData(testDb);
    const before = await readContents(testDb);
    const file = join(folder, "to-new-server.dump");
    expect((await npmRun("db:backup", [file])).code).toBe(0);

    const name = `restore_${process.pid}_${Date.now().toString(36)}`;
    const admin = createPrismaClient(adminDatabaseUrl, 1);
    await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
    await admin.$disconnect();
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const fresh = createPrismaClient(url.toString(), 1);
    try {
      const restore = await npmRun("db:restore", [file], url.toString());
      expect(restore, restore.stderr).toMatchObject({ code: 0 });
      expect(await readContents(fresh)).toEqual(before);
    } finally {
      await fresh.$disconnect();
      await dropDatabase(name);
    }
  });

  it("writes a dated file under backups/ when no file is named, and never overwrites one", async () => {
    const cwdFolder = mkdtempSync(join(folder, "cwd-"));
    const run = await new Promise<Run>((resolve) => {
      execFile(
        join(process.cwd(), "node_modules/.bin/tsx"),
        [join(process.cwd(), "scripts/db-backup.ts")],
        { cwd: cwdFolder, env: { ...process.env, DATABASE_URL: databaseUrl } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run, run.stderr).toMatchObject({ code: 0 });
    const database = new URL(databaseUrl).pathname.slice(1);
    const [written] = readdirSync(join(cwdFolder, "backups"));
    expect(written).toMatch(new RegExp(`^${database}-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z\\.dump$`));

    const existing = join(folder, "existing.dump");
    writeFileSync(existing, "keep me");
    const refused = await npmRun("db:backup", [existing]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already exists");
  });

  it("refuses, changing nothing, without a file, with a file that is not a backup, or when pg_dump fails", async () => {
    await seedDemoData(testDb);
    const before = await readContents(testDb);

    const withoutFile = await npmRun("db:restore", []);
    expect(withoutFile.code).toBe(2);
    expect(withoutFile.stderr).toContain("No backup file given: nothing restored.");

    const notABackup = join(folder, "notes.txt");
    writeFileSync(notABackup, "SELECT 1;");
    const wrongFile = await npmRun("db:restore", [notABackup]);
    expect(wrongFile.code).toBe(2);
    expect(wrongFile.stderr).toContain("is not a backup made by npm run db:backup");

    const missing = await npmRun("db:restore", [join(folder, "missing.dump")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("does not exist");
    expect(await readContents(testDb)).toEqual(before);

    const unreachable = new URL(databaseUrl);
    unreachable.port = "1";
    const failedBackup = await npmRun("db:backup", [join(folder, "unreachable.dump")], unreachable.toString());
    expect(failedBackup.code).toBe(1);
    expect(failedBackup.stderr).toContain("pg_dump failed");
    expect(existsSync(join(folder, "unreachable.dump"))).toBe(false);
    expect(existsSync(join(folder, "unreachable.dump.partial"))).toBe(false);
  });
});
