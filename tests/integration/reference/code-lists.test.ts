import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";
import { codeListSchema } from "@/lib/reference/code-lists/list-params";
import {
  createCodeListEntry,
  setCodeListEntryArchived,
  updateCodeListEntry,
} from "@/lib/reference/code-lists/mutations";
import { getCodeListEntry, listCodeListEntries } from "@/lib/reference/code-lists/queries";
import { codeListEntrySchema, type CodeListKind } from "@/lib/reference/code-lists/schemas";
import { allActive, listObjectiveOptions, listSectorOptions } from "@/lib/reference/options";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const rejection = (code: string, fieldErrors?: Record<string, string[]>) =>
  expect.objectContaining({ code, ...(fieldErrors ? { fieldErrors } : {}) });
const params = (query: Record<string, string>) => parseListParams(codeListSchema, query);
const smartCities = { code: "SMART_CITIES", nameFr: "Villes intelligentes", nameEn: "Smart Cities" };

describe.each<{
  kind: CodeListKind;
  entityType: string;
  options: (locale: "fr" | "en", include?: string[]) => Promise<{ id: string; label: string }[]>;
}>([
  { kind: "sector", entityType: "Sector", options: listSectorOptions },
  { kind: "objective", entityType: "Objective", options: listObjectiveOptions },
])("$entityType list", ({ kind, entityType, options }) => {
  it("is kept by admins: create, edit, archive, restore, each audited", async () => {
    const admin = await createActingUser("ADMIN");
    const { id } = await createCodeListEntry(
      admin,
      kind,
      codeListEntrySchema.parse({ code: " smart_cities ", nameFr: "Villes intelligentes", nameEn: "Smart Cities" }),
    );
    expect(await getCodeListEntry(admin, kind, id)).toMatchObject({ ...smartCities, version: 1 });
    await updateCodeListEntry(admin, kind, { id, version: 1, ...smartCities, nameFr: "Smart Cities" });
    await setCodeListEntryArchived(admin, kind, { id, version: 2, archived: true });
    expect(await options("fr")).toEqual([]);
    expect(await allActive(kind, [id])).toBe(false);
    expect((await listCodeListEntries(admin, kind, params({}))).total).toBe(0);
    expect((await listCodeListEntries(admin, kind, params({ archived: "true" }))).rows.map((row) => row.code)).toEqual([
      "SMART_CITIES",
    ]);
    await expect(updateCodeListEntry(admin, kind, { id, version: 3, ...smartCities })).rejects.toEqual(
      rejection("archived"),
    );
    await setCodeListEntryArchived(admin, kind, { id, version: 3, archived: false });
    expect(await options("en")).toEqual([{ id, label: "Smart Cities" }]);
    expect(await auditActions()).toEqual([`${kind}.create`, `${kind}.update`, `${kind}.archive`, `${kind}.restore`]);
    const update = await testDb.auditEntry.findFirstOrThrow({ where: { action: `${kind}.update` } });
    expect(update).toMatchObject({
      entityType,
      entityId: id,
      changes: { nameFr: { before: "Villes intelligentes", after: "Smart Cities" } },
    });
  });

  it("refuses a bad code, and duplicates of the code or either name on the field concerned", async () => {
    expect(
      codeListEntrySchema
        .safeParse({ code: "smart cities", nameFr: "", nameEn: "x".repeat(121) })
        .error?.issues.map((issue) => [issue.path[0], issue.message]),
    ).toEqual([
      ["code", "codeFormat"],
      ["nameFr", "required"],
      ["nameEn", "tooLong"],
    ]);
    const admin = await createActingUser("ADMIN");
    const { id } = await createCodeListEntry(admin, kind, smartCities);
    await expect(
      createCodeListEntry(admin, kind, { ...smartCities, nameFr: "Autre", nameEn: "Other" }),
    ).rejects.toEqual(rejection("nameTaken", { code: ["nameTaken"] }));
    await expect(
      createCodeListEntry(admin, kind, { code: "OTHER", nameFr: "villes INTELLIGENTES", nameEn: "Other" }),
    ).rejects.toEqual(rejection("nameTaken", { nameFr: ["nameTaken"] }));
    await expect(
      createCodeListEntry(admin, kind, { code: "OTHER", nameFr: "Autre", nameEn: "Smart Cities" }),
    ).rejects.toEqual(rejection("nameTaken", { nameEn: ["nameTaken"] }));
    await updateCodeListEntry(admin, kind, { id, version: 1, ...smartCities, code: "CITIES" });
    await expect(
      updateCodeListEntry(admin, kind, { id, version: 1, ...smartCities, nameEn: "Cities" }),
    ).rejects.toEqual(
      expect.objectContaining({
        code: "conflict",
        changed: [
          { field: "code", current: "CITIES" },
          { field: "nameEn", current: "Smart Cities" },
        ],
      }),
    );
    expect(await auditActions()).toEqual([`${kind}.create`, `${kind}.update`]);
  });

  it("is changed by administrators only; staff, managers and partners read it", async () => {
    const admin = await createActingUser("ADMIN");
    const { id } = await createCodeListEntry(admin, kind, smartCities);
    for (const role of ["STAFF", "MANAGER", "PARTNER"] as const) {
      const actor = await createActingUser(role);
      await expect(createCodeListEntry(actor, kind, { ...smartCities, code: "X" })).rejects.toEqual(
        rejection("forbidden"),
      );
      await expect(updateCodeListEntry(actor, kind, { id, version: 1, ...smartCities, code: "X" })).rejects.toEqual(
        rejection("forbidden"),
      );
      await expect(setCodeListEntryArchived(actor, kind, { id, version: 1, archived: true })).rejects.toEqual(
        rejection("forbidden"),
      );
      // Read by every signed-in role: records and API bodies name its ids.
      expect((await listCodeListEntries(actor, kind, params({}))).rows.map((row) => row.id)).toEqual([id]);
    }
    expect(await auditActions()).toEqual([`${kind}.create`]);
  });
});
