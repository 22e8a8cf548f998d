import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { isPortFree } from "@/scripts/demo/ports";
import { startEmbeddedDatabase } from "@/scripts/demo/embedded-database";

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), "pglite-"));
const port = 54400 + (process.pid % 500);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("the demo's embedded database", () => {
  it("takes the migrations and keeps what was written across a restart", async () => {
    const first = await startEmbeddedDatabase(dataDir, port);
    try {
      await run("node_modules/.bin/prisma", ["migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: first.url },
      });
      const client = createPrismaClient(first.url, 2);
      await client.partner.create({ data: { name: "Université Côte d'Azur", shortName: "UCA", kind: "ACADEMIC" } });
      await client.$disconnect();
    } finally {
      await first.stop();
    }
    expect(await isPortFree(port)).toBe(true);

    const second = await startEmbeddedDatabase(dataDir, port);
    try {
      const client = createPrismaClient(second.url, 2);
      const partners = await client.partner.findMany({ select: { shortName: true } });
      await client.$disconnect();
      expect(partners).toEqual([{ shortName: "UCA" }]);
    } finally {
      await second.stop();
    }
  });
});
