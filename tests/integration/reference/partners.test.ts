import { describe, expect, it } from "vitest";
import { createPartner, setPartnerArchived, updatePartner } from "@/lib/partners/mutations";
import { getPartner } from "@/lib/partners/queries";
import { partnerSchema } from "@/lib/partners/schemas";
import { searchPartnerOptions } from "@/lib/reference/option-search";
import { isUniqueViolation } from "@/lib/records/writes";
import { buildPartner } from "@/tests/factories/partners";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const rejection = (code: string, fieldErrors?: Record<string, string[]>) =>
  expect.objectContaining({ code, ...(fieldErrors ? { fieldErrors } : {}) });
const otcn = {
  name: "Office du Tourisme et des Congrès de Nice",
  shortName: "OTCN",
  kind: "TOURISM_OFFICE",
  isActive: true,
} as const;

describe("partner organisations", () => {
  it("are created, edited, archived and restored by staff, each step audited", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createPartner(
      staff,
      partnerSchema.parse({ name: otcn.name, shortName: " OTCN ", kind: "TOURISM_OFFICE", isActive: "on" }),
    );
    expect(await getPartner(staff, id)).toMatchObject({ ...otcn, version: 1, archivedAt: null, userCount: 0 });
    await updatePartner(staff, { id, version: 1, ...otcn, isActive: false });
    await setPartnerArchived(staff, { id, version: 2, archived: true });
    expect(await searchPartnerOptions(staff, { q: "", limit: 20 })).toEqual([]);
    await expect(updatePartner(staff, { id, version: 3, ...otcn })).rejects.toEqual(rejection("archived"));
    await setPartnerArchived(staff, { id, version: 3, archived: false });
    expect((await searchPartnerOptions(staff, { q: "", limit: 20 })).map((option) => option.label)).toEqual([
      `${otcn.name} (OTCN)`,
    ]);
    expect(await auditActions()).toEqual(["partner.create", "partner.update", "partner.archive", "partner.restore"]);
    const update = await testDb.auditEntry.findFirstOrThrow({ where: { action: "partner.update" } });
    expect(update).toMatchObject({
      entityType: "Partner",
      entityId: id,
      changes: { isActive: { before: true, after: false } },
    });
  });

  it("read an unticked box as inactive and refuse an unknown kind", () => {
    expect(partnerSchema.parse({ name: "A", shortName: "B", kind: "AGENCY" }).isActive).toBe(false);
    expect(
      partnerSchema
        .safeParse({ name: "A", shortName: "x".repeat(41), kind: "BANK" })
        .error?.issues.map((issue) => [issue.path[0], issue.message]),
    ).toEqual([
      ["shortName", "tooLong"],
      ["kind", "invalidChoice"],
    ]);
  });

  it("refuse a taken name or short name on that field, and a stale save", async () => {
    const staff = await createActingUser("STAFF");
    await createPartner(staff, otcn);
    await expect(createPartner(staff, { ...otcn, shortName: "Other" })).rejects.toEqual(
      rejection("nameTaken", { name: ["nameTaken"] }),
    );
    await expect(createPartner(staff, { ...otcn, name: "Other", shortName: "otcn" })).rejects.toEqual(
      rejection("nameTaken", { shortName: ["nameTaken"] }),
    );
    const { id } = await createPartner(staff, {
      name: "Team Côte d'Azur",
      shortName: "TCA",
      kind: "AGENCY",
      isActive: true,
    });
    await updatePartner(staff, {
      id,
      version: 1,
      name: "Team Côte d'Azur",
      shortName: "TCA",
      kind: "REGION",
      isActive: true,
    });
    await expect(
      updatePartner(staff, {
        id,
        version: 1,
        name: "Team Côte d'Azur",
        shortName: "TCA",
        kind: "AGENCY",
        isActive: true,
      }),
    ).rejects.toEqual(expect.objectContaining({ code: "conflict", changed: [{ field: "kind", current: "REGION" }] }));
    expect(await testDb.partner.count()).toBe(2);
  });

  it("a duplicate the checks cannot see (a concurrent save) is recognised from the database's refusal", async () => {
    await testDb.partner.create({ data: buildPartner({ name: "Same", shortName: "S1" }) });
    const error = await testDb.partner
      .create({ data: buildPartner({ name: "Same", shortName: "S2" }) })
      .catch((caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });

  it("are read-only for managers and closed to partner users", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createPartner(staff, otcn);
    for (const role of ["MANAGER", "PARTNER"] as const) {
      const actor = await createActingUser(role);
      await expect(createPartner(actor, { ...otcn, name: "X", shortName: "X" })).rejects.toEqual(
        rejection("forbidden"),
      );
      await expect(updatePartner(actor, { id, version: 1, ...otcn, isActive: false })).rejects.toEqual(
        rejection("forbidden"),
      );
      await expect(setPartnerArchived(actor, { id, version: 1, archived: true })).rejects.toEqual(
        rejection("forbidden"),
      );
    }
    expect((await getPartner(await createActingUser("MANAGER"), id))?.name).toBe(otcn.name);
    await expect(getPartner(await createActingUser("PARTNER"), id)).rejects.toEqual(rejection("forbidden"));
    expect(await auditActions()).toEqual(["partner.create"]);
  });
});
