import { describe, expect, it } from "vitest";
import {
  changeDelegationStatus,
  createDelegation,
  setDelegationArchived,
  updateDelegation,
} from "@/lib/delegations/mutations";
import { delegationInput } from "@/tests/factories/delegations";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { auditEntries, daysFromNow, rejection } from "./helpers";

async function createAt(arrivalAt: Date) {
  const staff = await createActingUser("STAFF");
  const { id } = await createDelegation(
    staff,
    delegationInput({ arrivalAt, departureAt: new Date(arrivalAt.getTime() + 3_600_000) }),
  );
  return { staff, id };
}

const stored = (id: string) => testDb.delegation.findUniqueOrThrow({ where: { id } });

describe("a delegation's status", () => {
  it("becomes welcomed once the delegation has arrived, and can be undone", async () => {
    const { staff, id } = await createAt(daysFromNow(-2));
    await changeDelegationStatus(staff, { id, version: 1, status: "WELCOMED", cancellationReason: "" });
    expect(await stored(id)).toMatchObject({ status: "WELCOMED", version: 2 });
    await changeDelegationStatus(staff, { id, version: 2, status: "EXPECTED", cancellationReason: "" });
    expect(await stored(id)).toMatchObject({ status: "EXPECTED", version: 3 });
    const entries = await auditEntries("Delegation");
    expect(entries.map((entry) => entry.action)).toEqual([
      "delegation.create",
      "delegation.changeStatus",
      "delegation.changeStatus",
    ]);
    expect(entries[1]?.changes).toEqual({ status: { before: "EXPECTED", after: "WELCOMED" } });
  });

  it("cannot be welcomed before the arrival", async () => {
    const { staff, id } = await createAt(daysFromNow(7));
    await expect(
      changeDelegationStatus(staff, { id, version: 1, status: "WELCOMED", cancellationReason: "" }),
    ).rejects.toEqual(rejection("invalidStatusChange"));
    // The same delegation, seen a week later, can.
    await changeDelegationStatus(staff, { id, version: 1, status: "WELCOMED", cancellationReason: "" }, daysFromNow(8));
    expect((await stored(id)).status).toBe("WELCOMED");
  });

  it("is cancelled with its reason, which goes when it is expected again", async () => {
    const { staff, id } = await createAt(daysFromNow(7));
    await changeDelegationStatus(staff, { id, version: 1, status: "CANCELLED", cancellationReason: "Vols annulés" });
    expect(await stored(id)).toMatchObject({ status: "CANCELLED", cancellationReason: "Vols annulés" });
    await expect(
      changeDelegationStatus(staff, { id, version: 2, status: "WELCOMED", cancellationReason: "" }),
    ).rejects.toEqual(rejection("invalidStatusChange"));
    await changeDelegationStatus(staff, { id, version: 2, status: "EXPECTED", cancellationReason: "ignored" });
    expect(await stored(id)).toMatchObject({ status: "EXPECTED", cancellationReason: null });
    const last = (await auditEntries("Delegation")).at(-1);
    expect(last?.changes).toEqual({
      status: { before: "CANCELLED", after: "EXPECTED" },
      cancellationReason: { before: "Vols annulés", after: null },
    });
  });

  it("never jumps from welcomed to cancelled, nor changes from a stale page", async () => {
    const { staff, id } = await createAt(daysFromNow(-1));
    await changeDelegationStatus(staff, { id, version: 1, status: "WELCOMED", cancellationReason: "" });
    await expect(
      changeDelegationStatus(staff, { id, version: 2, status: "CANCELLED", cancellationReason: "x" }),
    ).rejects.toEqual(rejection("invalidStatusChange"));
    await expect(
      changeDelegationStatus(staff, { id, version: 1, status: "EXPECTED", cancellationReason: "" }),
    ).rejects.toEqual(rejection("conflict"));
    expect(await stored(id)).toMatchObject({ status: "WELCOMED", version: 2 });
  });
});

describe("archiving a delegation", () => {
  it("hides it read-only until it is restored, audited both ways", async () => {
    const { staff, id } = await createAt(daysFromNow(-1));
    await setDelegationArchived(staff, { id, version: 1, archived: true });
    expect((await stored(id)).archivedAt).not.toBeNull();
    await expect(updateDelegation(staff, { ...delegationInput(), id, version: 2 })).rejects.toEqual(
      rejection("archived"),
    );
    await expect(
      changeDelegationStatus(staff, { id, version: 2, status: "WELCOMED", cancellationReason: "" }),
    ).rejects.toEqual(rejection("archived"));
    // Archiving again (a second click, another tab) changes nothing, whatever the version.
    await setDelegationArchived(staff, { id, version: 1, archived: true });
    expect(await stored(id)).toMatchObject({ version: 2 });
    await setDelegationArchived(staff, { id, version: 2, archived: false });
    expect(await stored(id)).toMatchObject({ archivedAt: null, version: 3 });
    await changeDelegationStatus(staff, { id, version: 3, status: "WELCOMED", cancellationReason: "" });
    expect(await auditActions()).toEqual([
      "delegation.create",
      "delegation.archive",
      "delegation.restore",
      "delegation.changeStatus",
    ]);
    const archive = (await auditEntries("Delegation"))[1];
    expect(archive?.changes).toEqual({
      archivedAt: { before: null, after: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
    });
  });

  it("refuses a stale version", async () => {
    const { staff, id } = await createAt(daysFromNow(-1));
    await updateDelegation(staff, { ...delegationInput(), id, version: 1 });
    await expect(setDelegationArchived(staff, { id, version: 1, archived: true })).rejects.toEqual(
      rejection("conflict"),
    );
    expect((await stored(id)).archivedAt).toBeNull();
  });
});
