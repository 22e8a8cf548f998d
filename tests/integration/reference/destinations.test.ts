import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";
import { destinationListSchema } from "@/lib/reference/destinations/list-params";
import { createDestination, setDestinationArchived, updateDestination } from "@/lib/reference/destinations/mutations";
import { getDestination, listDestinationCountries, listDestinations } from "@/lib/reference/destinations/queries";
import { destinationSchema } from "@/lib/reference/destinations/schemas";
import { findDestinationOption, searchDestinationOptions } from "@/lib/reference/option-search";
import { allActive } from "@/lib/reference/options";
import { buildDestination, buildPriorityPeriod } from "@/tests/factories/reference";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const rejection = (code: string, fieldErrors?: Record<string, string[]>) =>
  expect.objectContaining({ code, ...(fieldErrors ? { fieldErrors } : {}) });
const params = (query: Record<string, string>) => parseListParams(destinationListSchema, query);
const cities = (result: { rows: { city: string }[] }) => result.rows.map((row) => row.city);
const xiamen = { city: "Xiamen", countryCode: "CN", latitude: 24.48, longitude: 118.09, timeZone: "Asia/Shanghai" };

describe("destinations", () => {
  it("are created and edited by staff, audited", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createDestination(
      staff,
      destinationSchema.parse({
        city: " Xiamen ",
        countryCode: "cn",
        latitude: "24,48",
        longitude: "118.09",
        timeZone: "asia/shanghai",
      }),
    );
    expect(await getDestination(staff, id)).toMatchObject({
      ...xiamen,
      version: 1,
      priorityPeriods: [],
      agreementCount: 0,
    });
    await updateDestination(staff, { id, version: 1, ...xiamen, latitude: null, longitude: null, timeZone: null });
    expect(await getDestination(staff, id)).toMatchObject({ latitude: null, longitude: null, version: 2 });
    const entries = await testDb.auditEntry.findMany({ orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.entityType, entry.entityId])).toEqual([
      ["destination.create", "Destination", id],
      ["destination.update", "Destination", id],
    ]);
    expect(entries[1]?.changes).toEqual({
      latitude: { before: 24.48, after: null },
      longitude: { before: 118.09, after: null },
      timeZone: { before: "Asia/Shanghai", after: null },
    });
  });

  it("keep a time zone under its canonical name and refuse one that names no zone", () => {
    expect(
      destinationSchema.parse({ city: "Tel Aviv", countryCode: "IL", timeZone: " asia/jerusalem " }).timeZone,
    ).toBe("Asia/Jerusalem");
    expect(destinationSchema.parse({ city: "Tel Aviv", countryCode: "IL", timeZone: "" }).timeZone).toBeNull();
    expect(
      destinationSchema.safeParse({ city: "Tel Aviv", countryCode: "IL", timeZone: "Asia/Atlantis" }).error?.issues,
    ).toMatchObject([{ path: ["timeZone"], message: "unknownTimeZone" }]);
  });

  it("refuse bad country codes and coordinates out of range", () => {
    const result = destinationSchema.safeParse({
      city: "x".repeat(121),
      countryCode: "CHN",
      latitude: "91",
      longitude: "-180.5",
    });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["city", "tooLong"],
      ["countryCode", "countryCode"],
      ["latitude", "latitude"],
      ["longitude", "longitude"],
    ]);
    expect(destinationSchema.safeParse({ city: "Nowhere", countryCode: "QQ" }).error?.issues[0]?.message).toBe(
      "countryCode",
    );
    expect(
      destinationSchema
        .safeParse({ city: "Half", countryCode: "FR", latitude: "43.7" })
        .error?.issues.map((issue) => issue.path.join(".")),
    ).toEqual(["longitude"]);
  });

  it("refuse the same city twice in a country (any case), but allow it in another country", async () => {
    const staff = await createActingUser("STAFF");
    await createDestination(staff, { ...xiamen });
    await expect(createDestination(staff, { ...xiamen, city: "XIAMEN" })).rejects.toEqual(
      rejection("nameTaken", { city: ["nameTaken"] }),
    );
    const other = await createDestination(staff, {
      city: "Xiamen",
      countryCode: "TW",
      latitude: null,
      longitude: null,
      timeZone: null,
    });
    await expect(updateDestination(staff, { id: other.id, version: 1, ...xiamen })).rejects.toEqual(
      rejection("nameTaken", { city: ["nameTaken"] }),
    );
    expect(await testDb.destination.count()).toBe(2);
  });

  it("refuse a stale save and changes to an archived destination; archived ones leave lists and choices", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createDestination(staff, { ...xiamen });
    await updateDestination(staff, { id, version: 1, ...xiamen, city: "Amoy" });
    await expect(updateDestination(staff, { id, version: 1, ...xiamen, latitude: 1 })).rejects.toEqual(
      expect.objectContaining({
        code: "conflict",
        changed: [
          { field: "city", current: "Amoy" },
          { field: "latitude", current: "24.48" },
        ],
      }),
    );
    await setDestinationArchived(staff, { id, version: 2, archived: true });
    await expect(updateDestination(staff, { id, version: 3, ...xiamen })).rejects.toEqual(rejection("archived"));
    expect(cities(await listDestinations(staff, params({})))).toEqual([]);
    expect(cities(await listDestinations(staff, params({ archived: "true" })))).toEqual(["Amoy"]);
    // The pickers no longer offer it; a record that links to it still names it.
    expect(await searchDestinationOptions(staff, { q: "", limit: 20 })).toEqual([]);
    expect((await findDestinationOption(id))?.label).toBe("Amoy (CN)");
    expect(await allActive("destination", [id])).toBe(false);
    await setDestinationArchived(staff, { id, version: 3, archived: false });
    expect((await searchDestinationOptions(staff, { q: "", limit: 20 })).map((option) => option.label)).toEqual([
      "Amoy (CN)",
    ]);
    expect(await auditActions()).toEqual([
      "destination.create",
      "destination.update",
      "destination.archive",
      "destination.restore",
    ]);
  });

  it("are listed by country, priority and search, with the periods that make them a priority", async () => {
    const manager = await createActingUser("MANAGER");
    const [haifa, telAviv, xiamenRow] = await Promise.all([
      testDb.destination.create({ data: buildDestination({ city: "Haifa", countryCode: "IL" }) }),
      testDb.destination.create({ data: buildDestination({ city: "Tel Aviv", countryCode: "IL" }) }),
      testDb.destination.create({ data: buildDestination({ city: "Xiamen", countryCode: "CN" }) }),
    ]);
    await testDb.priorityPeriod.create({
      data: {
        ...buildPriorityPeriod({ label: "2016/2020" }),
        destinations: { create: [{ destinationId: haifa.id }, { destinationId: xiamenRow.id }] },
      },
    });
    await testDb.priorityPeriod.create({
      data: {
        ...buildPriorityPeriod({ label: "Old", archivedAt: new Date() }),
        destinations: { create: [{ destinationId: telAviv.id }] },
      },
    });
    expect(cities(await listDestinations(manager, params({ country: "il" })))).toEqual(["Haifa", "Tel Aviv"]);
    expect(cities(await listDestinations(manager, params({ priority: "true" })))).toEqual(["Haifa", "Xiamen"]);
    expect(cities(await listDestinations(manager, params({ priority: "false" })))).toEqual(["Tel Aviv"]);
    expect(cities(await listDestinations(manager, params({ q: "AVI" })))).toEqual(["Tel Aviv"]);
    expect(cities(await listDestinations(manager, params({ sort: "countryCode" })))).toEqual([
      "Xiamen",
      "Haifa",
      "Tel Aviv",
    ]);
    expect((await listDestinations(manager, params({}))).rows.map((row) => row.priorityPeriods)).toEqual([
      ["2016/2020"],
      [],
      ["2016/2020"],
    ]);
    expect(await listDestinationCountries(manager)).toEqual(["CN", "IL"]);
  });

  it("are edited by staff and admins only, and closed to partners", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createDestination(staff, { ...xiamen });
    const admin = await createActingUser("ADMIN");
    await updateDestination(admin, { id, version: 1, ...xiamen, city: "Xiamen City" });
    for (const role of ["MANAGER", "PARTNER"] as const) {
      const actor = await createActingUser(role);
      await expect(createDestination(actor, { ...xiamen, city: "Other" })).rejects.toEqual(rejection("forbidden"));
      await expect(updateDestination(actor, { id, version: 2, ...xiamen })).rejects.toEqual(rejection("forbidden"));
      await expect(setDestinationArchived(actor, { id, version: 2, archived: true })).rejects.toEqual(
        rejection("forbidden"),
      );
    }
    const partner = await createActingUser("PARTNER");
    await expect(listDestinations(partner, params({}))).rejects.toEqual(rejection("forbidden"));
    expect(await auditActions()).toEqual(["destination.create", "destination.update"]);
  });
});
