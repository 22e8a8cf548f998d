import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/demo/seed";
import { demoPassword, demoUsers } from "@/prisma/demo/users";
import { testDb } from "./setup/database";

describe("demo data", () => {
  it("seeds the partner organisations and one account per role", async () => {
    expect(await seedDemoData(testDb)).toBe(true);
    const partners = await testDb.partner.findMany({ select: { shortName: true } });
    // The brochure's partners, and the university, chamber of commerce and airport the demo records involve.
    expect(partners.map((partner) => partner.shortName).sort()).toEqual([
      "ACA",
      "BNM",
      "CCI NCA",
      "Carnaval",
      "OTCN",
      "Région Sud",
      "TCA",
      "UCA",
    ]);
    const users = await testDb.user.findMany({
      select: { role: true, email: true, partner: { select: { shortName: true } } },
    });
    expect(users.map((user) => user.role).sort()).toEqual(["ADMIN", "MANAGER", "PARTNER", "PARTNER", "STAFF"]);
    const organisations = users.filter((user) => user.role === "PARTNER").map((user) => user.partner?.shortName);
    expect(organisations.sort()).toEqual(["OTCN", "TCA"]);
    expect(users.filter((user) => user.role !== "PARTNER").every((user) => user.partner === null)).toBe(true);
  });

  it("stores passwords hashed with argon2id, never in clear", async () => {
    await seedDemoData(testDb);
    const admin = await testDb.user.findUniqueOrThrow({ where: { email: demoUsers[0].email } });
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(admin.passwordHash, demoPassword)).toBe(true);
  });

  it("leaves a database that already holds data untouched", async () => {
    await testDb.partner.create({ data: { name: "Université Côte d'Azur", shortName: "UCA", kind: "ACADEMIC" } });
    expect(await seedDemoData(testDb)).toBe(false);
    expect(await testDb.partner.count()).toBe(1);
    expect(await testDb.user.count()).toBe(0);
  });
});
