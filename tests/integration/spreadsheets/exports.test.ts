import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/session-user";
import { importTemplate } from "@/lib/spreadsheets/export/template";
import { exportList } from "@/lib/spreadsheets/export/run-export";
import { readSpreadsheet } from "@/lib/spreadsheets/read-spreadsheet";
import { seedDemoData } from "@/prisma/demo/seed";
import { testDb } from "../setup/database";
import { demoStaff } from "./snapshot";

async function demoUser(email: string): Promise<ActingUser> {
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    partnerId: user.partnerId,
    locale: "fr",
    mustChangePassword: false,
  };
}

async function rowsOf(bytes: Uint8Array): Promise<string[][]> {
  return (await readSpreadsheet(bytes)).rows;
}

describe("exporting a list", () => {
  it("exports every row matching the page's filters, not only the page shown, as the page sorts them", async () => {
    await seedDemoData(testDb);
    const staff = await demoStaff("fr");
    const file = await exportList(
      "missions",
      staff,
      { status: "COMPLETED", year: "2016", sort: "title", direction: "asc", pageSize: "10", page: "2" },
      "csv",
    );
    expect(file.fileName).toMatch(/^missions-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = await rowsOf(file.body);
    expect(header?.slice(0, 4)).toEqual(["Titre", "Statut", "Motif d'annulation", "Premier jour"]);
    // The 2016 brochure's 13 missions carried out, with names instead of ids and labels in French.
    expect(rows).toHaveLength(13);
    expect(rows.every((row) => row[1] === "Réalisée" && row[3]?.startsWith("2016-"))).toBe(true);
    const inPageOrder = await testDb.mission.findMany({
      where: {
        status: "COMPLETED",
        archivedAt: null,
        startDate: { gte: new Date("2016-01-01"), lt: new Date("2017-01-01") },
      },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { title: true },
    });
    expect(rows.map((row) => row[0])).toEqual(inPageOrder.map((mission) => mission.title));
    expect(rows.find((row) => row[0]?.startsWith("Mission Xiamen"))?.[8]).toBe(
      "Carnaval | Co-organisateur | 5000.00 | Faire vivre la marque Carnaval de Nice à l'étranger\n" +
        "OTCN | Chef de file | 7000.00 | Promouvoir Nice auprès des voyagistes et des organisateurs de congrès",
    );
  });

  it("gives a partner user only what their organisation takes part in, and a manager no administration list", async () => {
    await seedDemoData(testDb);
    const partner = await demoUser("partner@demo.teamcotedazur.fr");
    const [, ...rows] = await rowsOf((await exportList("missions", partner, {}, "xlsx")).body);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row[8]?.split("\n").some((line) => line.startsWith("TCA |")))).toBe(true);
    const manager = await demoUser("manager@demo.nicecotedazur.org");
    await expect(exportList("sectors", manager, {}, "csv")).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportList("towns", partner, {}, "csv")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("neutralises text that a spreadsheet would run as a formula, in CSV and in Excel", async () => {
    await seedDemoData(testDb);
    const staff = await demoStaff("en");
    await testDb.town.update({ where: { name: "Nice" }, data: { name: '=HYPERLINK("http://evil.example","Nice")' } });
    const csv = new TextDecoder().decode((await exportList("towns", staff, { q: "evil" }, "csv")).body);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Nice"")"`);
    const [, row] = await rowsOf((await exportList("towns", staff, { q: "evil" }, "xlsx")).body);
    expect(row?.[0]).toBe(`'=HYPERLINK("http://evil.example","Nice")`);
  });

  it("exports every list: agreements, partners, destinations and the administration's lists, users and audit log included", async () => {
    await seedDemoData(testDb);
    const admin = await demoUser("admin@demo.nicecotedazur.org");
    await testDb.auditEntry.create({
      data: {
        actorId: admin.id,
        actorEmail: admin.email,
        action: "auth.signIn",
        entityType: "User",
        entityId: admin.id,
      },
    });
    for (const area of [
      "agreements",
      "partners",
      "destinations",
      "sectors",
      "objectives",
      "periods",
      "delegations",
      "events",
      "joint-actions",
      "users",
      "audit",
    ] as const) {
      const [header, ...rows] = await rowsOf((await exportList(area, admin, {}, "csv")).body);
      expect(header?.length, area).toBeGreaterThan(1);
      expect(rows.length, area).toBeGreaterThan(0);
    }
  });

  it("writes a template holding only the headers, with a help sheet in Excel", async () => {
    const csv = await importTemplate("towns", "en", "csv");
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(csv.body)).toBe(
      "\uFEFFTown,INSEE code,Connected on\r\n",
    );
    const xlsx = await importTemplate("missions", "fr", "xlsx");
    expect(await rowsOf(xlsx.body)).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const help = workbook.getWorksheet("Aide");
    expect(help?.getRow(6).values).toEqual([undefined, "Dernier jour", "Oui", "Date : AAAA-MM-JJ ou JJ/MM/AAAA."]);
  });
});
