import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";
import { townListSchema } from "@/lib/towns/list-params";
import { createTown, setTownArchived, updateTown } from "@/lib/towns/mutations";
import { getTown, listTownYears, listTowns } from "@/lib/towns/queries";
import { townSchema, updateTownSchema } from "@/lib/towns/schemas";
import { buildTown } from "@/tests/factories/towns";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const rejection = (code: string) => expect.objectContaining({ name: expect.stringMatching(/Error$/), code });
const params = (query: Record<string, string>) => parseListParams(townListSchema, query);
const names = (result: { rows: { name: string }[] }) => result.rows.map((row) => row.name);

describe("towns", () => {
  it("are created and edited by staff, each change audited", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createTown(
      staff,
      townSchema.parse({ name: " Saint-Laurent-du-Var ", inseeCode: "06123", connectedOn: "2016-04-12" }),
    );
    const created = await testDb.town.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({
      name: "Saint-Laurent-du-Var",
      inseeCode: "06123",
      connectedOn: new Date("2016-04-12T00:00:00Z"),
      version: 1,
    });

    await updateTown(
      staff,
      updateTownSchema.parse({ id, version: "1", name: "Saint-Laurent-du-Var", inseeCode: "06123", connectedOn: "" }),
    );
    expect(await testDb.town.findUniqueOrThrow({ where: { id } })).toMatchObject({ connectedOn: null, version: 2 });

    const entries = await testDb.auditEntry.findMany({ orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.entityType, entry.entityId, entry.actorId])).toEqual([
      ["town.create", "Town", id, staff.id],
      ["town.update", "Town", id, staff.id],
    ]);
    expect(entries[0]?.changes).toMatchObject({
      name: { before: null, after: "Saint-Laurent-du-Var" },
      connectedOn: { before: null, after: "2016-04-12" },
    });
    expect(entries[1]?.changes).toEqual({ connectedOn: { before: "2016-04-12", after: null } });
  });

  it("refuse bad input field by field", () => {
    const result = townSchema.safeParse({ name: "x".repeat(121), inseeCode: "1234", connectedOn: "2016-02-30" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["name", "tooLong"],
      ["inseeCode", "inseeCode"],
      ["connectedOn", "invalidDate"],
    ]);
    expect(townSchema.parse({ name: "Nice", inseeCode: "2a004", connectedOn: "" })).toEqual({
      name: "Nice",
      inseeCode: "2A004",
      connectedOn: null,
    });
  });

  it("refuse a duplicate name (any case) or INSEE code on the field concerned, storing nothing", async () => {
    const staff = await createActingUser("STAFF");
    await testDb.town.create({ data: buildTown({ name: "Cagnes-sur-Mer", inseeCode: "06027" }) });
    await expect(createTown(staff, { name: "CAGNES-SUR-MER", inseeCode: null, connectedOn: null })).rejects.toEqual(
      expect.objectContaining({ code: "nameTaken", fieldErrors: { name: ["nameTaken"] } }),
    );
    await expect(createTown(staff, { name: "Vence", inseeCode: "06027", connectedOn: null })).rejects.toEqual(
      expect.objectContaining({ code: "nameTaken", fieldErrors: { inseeCode: ["nameTaken"] } }),
    );
    const other = await testDb.town.create({ data: buildTown({ name: "Vence" }) });
    await expect(
      updateTown(staff, { id: other.id, version: 1, name: "Cagnes-sur-Mer", inseeCode: null, connectedOn: null }),
    ).rejects.toEqual(rejection("nameTaken"));
    expect(await testDb.town.count()).toBe(2);
    expect(await auditActions()).toEqual([]);
  });

  it("refuse a stale save, saying what the other person changed, and write nothing", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createTown(staff, { name: "Èze", inseeCode: null, connectedOn: "2016-01-10" });
    await updateTown(staff, { id, version: 1, name: "Èze", inseeCode: "06059", connectedOn: "2016-01-10" });
    await expect(
      updateTown(staff, { id, version: 1, name: "Eze-Village", inseeCode: null, connectedOn: "2016-01-10" }),
    ).rejects.toEqual(
      expect.objectContaining({
        code: "conflict",
        changed: [
          { field: "name", current: "Èze" },
          { field: "inseeCode", current: "06059" },
        ],
      }),
    );
    expect(await testDb.town.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Èze", version: 2 });
  });

  it("archive and restore: hidden from the list, read-only meanwhile, audited", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createTown(staff, { name: "Levens", inseeCode: null, connectedOn: null });
    await setTownArchived(staff, { id, version: 1, archived: true });
    expect(names(await listTowns(staff, params({})))).toEqual([]);
    expect(names(await listTowns(staff, params({ archived: "true" })))).toEqual(["Levens"]);
    await expect(
      updateTown(staff, { id, version: 2, name: "Levens", inseeCode: null, connectedOn: "2016-05-01" }),
    ).rejects.toEqual(rejection("archived"));
    await expect(setTownArchived(staff, { id, version: 1, archived: false })).rejects.toEqual(rejection("conflict"));
    await setTownArchived(staff, { id, version: 2, archived: false });
    expect(await getTown(staff, id)).toMatchObject({ archivedAt: null, version: 3 });
    expect(await auditActions()).toEqual(["town.create", "town.archive", "town.restore"]);
  });

  it("are listed with the connected and year filters, search and sort", async () => {
    const manager = await createActingUser("MANAGER");
    await testDb.town.createMany({
      data: [
        buildTown({ name: "Nice", inseeCode: "06088", connectedOn: new Date("2015-12-31T00:00:00Z") }),
        buildTown({ name: "Carros", inseeCode: "06033", connectedOn: new Date("2016-01-01T00:00:00Z") }),
        buildTown({ name: "Vence", connectedOn: new Date("2016-12-31T00:00:00Z") }),
        buildTown({ name: "Tende", connectedOn: null }),
      ],
    });
    expect(names(await listTowns(manager, params({ year: "2016" })))).toEqual(["Carros", "Vence"]);
    expect(names(await listTowns(manager, params({ connected: "false" })))).toEqual(["Tende"]);
    expect(
      names(await listTowns(manager, params({ connected: "true", sort: "connectedOn", direction: "desc" }))),
    ).toEqual(["Vence", "Carros", "Nice"]);
    expect(names(await listTowns(manager, params({ sort: "connectedOn" })))).toEqual([
      "Nice",
      "Carros",
      "Vence",
      "Tende",
    ]);
    expect(names(await listTowns(manager, params({ q: "06088" })))).toEqual(["Nice"]);
    expect(names(await listTowns(manager, params({ q: "EN" })))).toEqual(["Tende", "Vence"]);
    expect(await listTownYears(manager)).toEqual([2016, 2015]);
  });

  it("are read-only for managers and closed to partners", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createTown(staff, { name: "Drap", inseeCode: null, connectedOn: null });
    const manager = await createActingUser("MANAGER");
    const partner = await createActingUser("PARTNER");
    for (const actor of [manager, partner]) {
      await expect(createTown(actor, { name: "Other", inseeCode: null, connectedOn: null })).rejects.toEqual(
        rejection("forbidden"),
      );
      await expect(
        updateTown(actor, { id, version: 1, name: "Changed", inseeCode: null, connectedOn: null }),
      ).rejects.toEqual(rejection("forbidden"));
      await expect(setTownArchived(actor, { id, version: 1, archived: true })).rejects.toEqual(rejection("forbidden"));
    }
    await expect(listTowns(partner, params({}))).rejects.toEqual(rejection("forbidden"));
    await expect(getTown(partner, id)).rejects.toEqual(rejection("forbidden"));
    expect(await getTown(manager, id)).toMatchObject({ name: "Drap", version: 1 });
    expect(await auditActions()).toEqual(["town.create"]);
  });
});
