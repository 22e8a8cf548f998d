import { describe, expect, it } from "vitest";
import {
  changeDelegationStatus,
  createDelegation,
  setDelegationArchived,
  updateDelegation,
} from "@/lib/delegations/mutations";
import { getDelegation } from "@/lib/delegations/queries";
import type { DelegationInput } from "@/lib/delegations/schemas";
import { delegationInput, parisTime } from "@/tests/factories/delegations";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, createReferences, rejection } from "./helpers";

describe("recording a delegation", () => {
  it("takes the country from the origin city, links sectors and partners, and audits the creation", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferences();
    const { id } = await createDelegation(
      staff,
      delegationInput({
        title: "Délégation de Haïfa",
        originDestinationId: refs.haifa.id,
        originCountryCode: "FR",
        sectorIds: [refs.culture.id, refs.health.id],
        partnerIds: [refs.otcn.id],
        size: 12,
      }),
    );
    const stored = await testDb.delegation.findUniqueOrThrow({
      where: { id },
      include: { sectors: true, partners: true },
    });
    expect(stored).toMatchObject({
      title: "Délégation de Haïfa",
      originCountryCode: "IL",
      size: 12,
      status: "EXPECTED",
      version: 1,
    });
    expect(stored.sectors.map((sector) => sector.code).sort()).toEqual(["CULTURE", "HEALTH"]);
    expect(stored.partners.map((partner) => partner.shortName)).toEqual(["OTCN"]);
    const [entry] = await auditEntries("Delegation");
    expect(entry).toMatchObject({ action: "delegation.create", actorId: staff.id, entityId: id });
    expect(entry?.changes).toMatchObject({
      title: { before: null, after: "Délégation de Haïfa" },
      origin: { before: null, after: "Haifa (IL)" },
      sectors: { before: null, after: "CULTURE, HEALTH" },
      partners: { before: null, after: "OTCN" },
      arrivalAt: { before: null, after: "2017-05-10T07:00:00.000Z" },
    });
  });

  it("keeps the typed country when there is no origin city", async () => {
    const staff = await createActingUser("ADMIN");
    const { id } = await createDelegation(staff, delegationInput({ originCountryCode: "JP" }));
    expect((await testDb.delegation.findUniqueOrThrow({ where: { id } })).originCountryCode).toBe("JP");
  });

  it("refuses unknown and archived references, naming each field, and stores nothing", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferences();
    const attempts: [Partial<DelegationInput>, Record<string, string[]>][] = [
      [{ sectorIds: [refs.culture.id, "nope"] }, { sectorIds: ["unknownReference"] }],
      [{ sectorIds: [refs.oldSector.id] }, { sectorIds: ["unknownReference"] }],
      [{ partnerIds: [refs.oldPartner.id] }, { partnerIds: ["unknownReference"] }],
      [
        { originDestinationId: refs.oldCity.id, partnerIds: ["missing"] },
        { originDestinationId: ["unknownReference"], partnerIds: ["unknownReference"] },
      ],
    ];
    for (const [overrides, fieldErrors] of attempts) {
      await expect(createDelegation(staff, delegationInput(overrides))).rejects.toEqual(
        expect.objectContaining({ code: "unknownReference", fieldErrors }),
      );
    }
    expect(await testDb.delegation.count()).toBe(0);
    expect(await auditActions()).toEqual([]);
  });

  it("is refused to managers and partners, who change nothing", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createDelegation(staff, delegationInput());
    for (const role of ["MANAGER", "PARTNER"] as const) {
      const actor = await createActingUser(role);
      await expect(createDelegation(actor, delegationInput())).rejects.toEqual(rejection("forbidden"));
      await expect(updateDelegation(actor, { ...delegationInput(), id, version: 1 })).rejects.toEqual(
        rejection("forbidden"),
      );
      await expect(
        changeDelegationStatus(actor, { id, version: 1, status: "CANCELLED", cancellationReason: "no" }),
      ).rejects.toEqual(rejection("forbidden"));
      await expect(setDelegationArchived(actor, { id, version: 1, archived: true })).rejects.toEqual(
        rejection("forbidden"),
      );
    }
    expect(await testDb.delegation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 1,
      status: "EXPECTED",
      archivedAt: null,
    });
    expect(await auditActions()).toEqual(["delegation.create"]);
  });
});

describe("editing a delegation", () => {
  it("saves the changes, bumps the version and audits what changed", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferences();
    const input = delegationInput({ sectorIds: [refs.culture.id] });
    const { id } = await createDelegation(staff, input);
    await updateDelegation(staff, {
      ...input,
      id,
      version: 1,
      size: 20,
      sectorIds: [refs.health.id],
      departureAt: parisTime("2017-05-11T12:00"),
    });
    const stored = await testDb.delegation.findUniqueOrThrow({ where: { id }, include: { sectors: true } });
    expect(stored).toMatchObject({ size: 20, version: 2 });
    expect(stored.sectors.map((sector) => sector.code)).toEqual(["HEALTH"]);
    const entry = (await auditEntries("Delegation")).at(-1);
    expect(entry?.action).toBe("delegation.update");
    expect(entry?.changes).toEqual({
      size: { before: 8, after: 20 },
      sectors: { before: "CULTURE", after: "HEALTH" },
      departureAt: { before: "2017-05-10T16:00:00.000Z", after: "2017-05-11T10:00:00.000Z" },
    });
  });

  it("refuses a stale version, lists the fields whose stored value differs from the submitted one, and writes nothing", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferences();
    const input = delegationInput({ title: "Délégation de Tokyo", sectorIds: [refs.culture.id] });
    const { id } = await createDelegation(staff, input);
    await updateDelegation(staff, {
      ...input,
      id,
      version: 1,
      title: "Délégation de Tokyo (mairie)",
      sectorIds: [refs.culture.id, refs.health.id],
    });
    const stale = updateDelegation(staff, { ...input, id, version: 1, size: 30 });
    await expect(stale).rejects.toEqual(
      expect.objectContaining({
        code: "conflict",
        changed: [
          { field: "title", current: "Délégation de Tokyo (mairie)" },
          // The one this user changed too: they see what is stored now.
          { field: "size", current: "8" },
          { field: "sectorIds", current: "Culture, Santé" },
        ],
      }),
    );
    expect(await testDb.delegation.findUniqueOrThrow({ where: { id } })).toMatchObject({ size: 8, version: 2 });
    expect(await auditActions()).toEqual(["delegation.create", "delegation.update"]);
  });

  it("lets only one of two simultaneous saves of the same version through", async () => {
    const staff = await createActingUser("STAFF");
    const input = delegationInput();
    const { id } = await createDelegation(staff, input);
    const results = await Promise.allSettled([
      updateDelegation(staff, { ...input, id, version: 1, size: 10 }),
      updateDelegation(staff, { ...input, id, version: 1, size: 20 }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect((await testDb.delegation.findUniqueOrThrow({ where: { id } })).version).toBe(2);
    expect(await auditActions()).toEqual(["delegation.create", "delegation.update"]);
  });

  it("keeps a link to reference data archived since, but refuses to add one", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferences();
    const input = delegationInput({
      sectorIds: [refs.culture.id],
      originDestinationId: refs.haifa.id,
      originCountryCode: null,
    });
    const { id } = await createDelegation(staff, input);
    await testDb.sector.update({ where: { id: refs.culture.id }, data: { archivedAt: new Date() } });
    await testDb.destination.update({ where: { id: refs.haifa.id }, data: { archivedAt: new Date() } });
    await updateDelegation(staff, { ...input, id, version: 1, title: "Still linked" });
    await expect(
      updateDelegation(staff, { ...input, id, version: 2, sectorIds: [refs.culture.id, refs.oldSector.id] }),
    ).rejects.toEqual(
      expect.objectContaining({ code: "unknownReference", fieldErrors: { sectorIds: ["unknownReference"] } }),
    );
    const stored = await getDelegation(staff, id);
    expect(stored).toMatchObject({
      title: "Still linked",
      version: 2,
      originCountryCode: "IL",
      sectors: [expect.objectContaining({ id: refs.culture.id })],
    });
  });

  it("answers not found for a delegation that does not exist", async () => {
    const staff = await createActingUser("STAFF");
    await expect(updateDelegation(staff, { ...delegationInput(), id: "missing", version: 1 })).rejects.toEqual(
      rejection("notFound"),
    );
  });
});
