import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";
import { partnerListSchema } from "@/lib/partners/list-params";
import { listPartners } from "@/lib/partners/queries";
import { demoPartners } from "@/prisma/demo/partners";
import { buildPartner } from "@/tests/factories/partners";
import { createActingUser } from "./accounts/helpers";
import { testDb } from "./setup/database";

const params = (query: Record<string, string>) => parseListParams(partnerListSchema, query);

describe("the partners list", () => {
  it("searches, filters, sorts and pages in the database", async () => {
    await testDb.partner.createMany({ data: [...demoPartners] });
    await testDb.partner.update({ where: { shortName: "BNM" }, data: { isActive: false } });
    const staff = await createActingUser("STAFF");

    const cultural = await listPartners(staff, params({ kind: "CULTURAL", sort: "shortName", direction: "desc" }));
    expect(cultural).toEqual({
      total: 2,
      rows: [expect.objectContaining({ shortName: "Carnaval" }), expect.objectContaining({ shortName: "BNM" })],
    });

    const search = await listPartners(staff, params({ q: "côte d'azur" }));
    expect(search.rows.map((row) => row.shortName)).toEqual(["BNM", "Région Sud", "TCA"]);
    expect((await listPartners(staff, params({ q: "otcn" }))).rows.map((row) => row.shortName)).toEqual(["OTCN"]);

    expect((await listPartners(staff, params({ active: "false" }))).rows.map((row) => row.shortName)).toEqual(["BNM"]);
  });

  it("pages without overlap or gaps", async () => {
    await testDb.partner.createMany({ data: Array.from({ length: 17 }, () => buildPartner()) });
    const staff = await createActingUser("MANAGER");
    const first = await listPartners(staff, params({ pageSize: "10" }));
    const second = await listPartners(staff, params({ pageSize: "10", page: "2" }));
    expect([first.total, first.rows.length, second.rows.length]).toEqual([17, 10, 7]);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(17);
  });

  it("hides archived partners unless asked for them", async () => {
    await testDb.partner.createMany({ data: [...demoPartners] });
    await testDb.partner.update({ where: { shortName: "Carnaval" }, data: { archivedAt: new Date() } });
    const staff = await createActingUser("STAFF");
    expect((await listPartners(staff, params({}))).rows.map((row) => row.shortName)).not.toContain("Carnaval");
    expect((await listPartners(staff, params({ archived: "true" }))).rows.map((row) => row.shortName)).toEqual([
      "Carnaval",
    ]);
  });

  it("is refused to partner users", async () => {
    const partner = await createActingUser("PARTNER");
    await expect(listPartners(partner, params({}))).rejects.toMatchObject({ code: "forbidden" });
  });
});
