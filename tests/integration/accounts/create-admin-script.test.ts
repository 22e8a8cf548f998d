import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { buildUser } from "@/prisma/factories/users";
import { databaseUrl, testDb } from "../setup/database";

// `npm run user:admin`: the first administrator of a real installation, from the command line.

const root = resolve(import.meta.dirname, "../../..");

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      "npx",
      ["tsx", "scripts/create-admin.ts", ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 60_000 },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("npm run user:admin", { timeout: 120_000 }, () => {
  it("creates an administrator who must change the printed temporary password, audited", async () => {
    const result = await run(["--email", "Direction.RI@Nicecotedazur.org", "--name", "Direction RI"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const password = /Temporary password \(to change at first sign-in\): (\S{16})\n$/.exec(result.stdout)?.[1];
    expect(password).toBeDefined();
    const user = await testDb.user.findUniqueOrThrow({ where: { email: "direction.ri@nicecotedazur.org" } });
    expect(user).toMatchObject({ role: "ADMIN", isActive: true, mustChangePassword: true, name: "Direction RI" });
    expect(await verify(user.passwordHash, password!)).toBe(true);
    expect(await testDb.auditEntry.findMany({ select: { action: true, actorId: true, entityId: true } })).toEqual([
      { action: "user.create", actorId: null, entityId: user.id },
    ]);
  });

  it("refuses a taken email (any case) or missing arguments, changing nothing", async () => {
    await testDb.user.create({ data: await buildUser({ email: "admin@nicecotedazur.org", role: "ADMIN" }) });
    const taken = await run(["--email", "ADMIN@nicecotedazur.org", "--name", "Someone"]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("already uses");
    const missing = await run(["--email", "new@nicecotedazur.org"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("--name");
    expect(missing.stdout).toBe("");
    expect(await testDb.user.count()).toBe(1);
    expect(await testDb.auditEntry.count()).toBe(0);
  });
});
