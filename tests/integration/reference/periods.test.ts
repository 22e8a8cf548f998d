import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";
import { createPeriod, setPeriodArchived, updatePeriod } from "@/lib/reference/periods/mutations";
import { getPeriod, listPeriods } from "@/lib/reference/periods/queries";
import { periodListSchema } from "@/lib/reference/periods/list-params";
import { periodSchema } from "@/lib/reference/periods/schemas";
import { buildDestination } from "@/tests/factories/reference";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const rejection = (code: string, fieldErrors?: Record<string, string[]>) =>
  expect.objectContaining({ code, ...(fieldErrors ? { fieldErrors } : {}) });
const params = (query: Record<string, string>) => parseListParams(periodListSchema, query);

async function destinations() {
  return Promise.all(
    [
      ["Haifa", "IL"],
      ["Xiamen", "CN"],
      ["Turin", "IT"],
    ].map(([city, countryCode]) => testDb.destination.create({ data: buildDestination({ city, countryCode }) })),
  );
}

describe("priority periods", () => {
  it("are created with their priority destinations and edited by admins, audited with the cities' names", async () => {
    const admin = await createActingUser("ADMIN");
    const [haifa, xiamen, turin] = await destinations();
    const input = periodSchema.parse({
      label: "2016/2020",
      startYear: "2016",
      endYear: "2020",
      destinationIds: [xiamen!.id, haifa!.id, haifa!.id],
    });
    const { id } = await createPeriod(admin, input);
    expect(await getPeriod(admin, id)).toMatchObject({
      label: "2016/2020",
      startYear: 2016,
      endYear: 2020,
      version: 1,
      destinations: [
        { id: haifa!.id, label: "Haifa (IL)" },
        { id: xiamen!.id, label: "Xiamen (CN)" },
      ],
    });
    await updatePeriod(admin, { ...input, id, version: 1, destinationIds: [turin!.id, xiamen!.id] });
    expect((await getPeriod(admin, id))?.destinations.map((destination) => destination.label)).toEqual([
      "Turin (IT)",
      "Xiamen (CN)",
    ]);
    const entries = await testDb.auditEntry.findMany({ orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.entityType])).toEqual([
      ["period.create", "PriorityPeriod"],
      ["period.update", "PriorityPeriod"],
    ]);
    expect(entries[1]?.changes).toEqual({
      destinationIds: { before: "Haifa (IL), Xiamen (CN)", after: "Turin (IT), Xiamen (CN)" },
    });
  });

  it("refuse years out of order, a duplicate label, and archived or unknown destinations", async () => {
    expect(
      periodSchema
        .safeParse({ label: "2020/2016", startYear: "2020", endYear: "2016" })
        .error?.issues.map((issue) => [issue.path[0], issue.message]),
    ).toEqual([["endYear", "yearsOutOfOrder"]]);
    expect(
      periodSchema
        .safeParse({ label: "", startYear: "", endYear: "abc" })
        .error?.issues.map((issue) => [issue.path[0], issue.message]),
    ).toEqual([
      ["label", "required"],
      ["startYear", "required"],
      ["endYear", "invalidYear"],
    ]);
    const admin = await createActingUser("ADMIN");
    const [haifa] = await destinations();
    const archived = await testDb.destination.create({
      data: buildDestination({ city: "Archived", archivedAt: new Date() }),
    });
    await createPeriod(admin, { label: "2016/2020", startYear: 2016, endYear: 2020, destinationIds: [haifa!.id] });
    await expect(
      createPeriod(admin, { label: "2016/2020", startYear: 2021, endYear: 2025, destinationIds: [] }),
    ).rejects.toEqual(rejection("nameTaken", { label: ["nameTaken"] }));
    await expect(
      createPeriod(admin, { label: "2021/2025", startYear: 2021, endYear: 2025, destinationIds: [archived.id] }),
    ).rejects.toEqual(rejection("unknownReference", { destinationIds: ["unknownReference"] }));
    await expect(
      createPeriod(admin, { label: "2021/2025", startYear: 2021, endYear: 2025, destinationIds: ["missing"] }),
    ).rejects.toEqual(rejection("unknownReference"));
    expect(await testDb.priorityPeriod.count()).toBe(1);
  });

  it("keep a destination archived since, refuse stale saves, and leave the list when archived", async () => {
    const admin = await createActingUser("ADMIN");
    const [haifa, xiamen] = await destinations();
    const { id } = await createPeriod(admin, {
      label: "2016/2020",
      startYear: 2016,
      endYear: 2020,
      destinationIds: [haifa!.id],
    });
    await testDb.destination.update({ where: { id: haifa!.id }, data: { archivedAt: new Date() } });
    await updatePeriod(admin, {
      id,
      version: 1,
      label: "2016-2020",
      startYear: 2016,
      endYear: 2020,
      destinationIds: [haifa!.id, xiamen!.id],
    });
    await expect(
      updatePeriod(admin, {
        id,
        version: 1,
        label: "2016/2020",
        startYear: 2016,
        endYear: 2021,
        destinationIds: [haifa!.id],
      }),
    ).rejects.toEqual(
      expect.objectContaining({
        code: "conflict",
        changed: [
          { field: "label", current: "2016-2020" },
          { field: "endYear", current: "2020" },
          { field: "destinationIds", current: "Haifa (IL), Xiamen (CN)" },
        ],
      }),
    );
    await setPeriodArchived(admin, { id, version: 2, archived: true });
    expect((await listPeriods(admin, params({}))).total).toBe(0);
    expect((await listPeriods(admin, params({ archived: "true" }))).rows).toMatchObject([
      { label: "2016-2020", destinationCount: 2 },
    ]);
    expect(await auditActions()).toEqual(["period.create", "period.update", "period.archive"]);
  });

  it("are refused to staff, managers and partners", async () => {
    const admin = await createActingUser("ADMIN");
    const { id } = await createPeriod(admin, {
      label: "2016/2020",
      startYear: 2016,
      endYear: 2020,
      destinationIds: [],
    });
    for (const role of ["STAFF", "MANAGER", "PARTNER"] as const) {
      const actor = await createActingUser(role);
      await expect(
        createPeriod(actor, { label: "Other", startYear: 2016, endYear: 2020, destinationIds: [] }),
      ).rejects.toEqual(rejection("forbidden"));
      await expect(
        updatePeriod(actor, { id, version: 1, label: "Other", startYear: 2016, endYear: 2020, destinationIds: [] }),
      ).rejects.toEqual(rejection("forbidden"));
      await expect(setPeriodArchived(actor, { id, version: 1, archived: true })).rejects.toEqual(
        rejection("forbidden"),
      );
      await expect(getPeriod(actor, id)).rejects.toEqual(rejection("forbidden"));
    }
    expect(await auditActions()).toEqual(["period.create"]);
  });
});
