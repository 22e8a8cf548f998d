import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/action-result";
import { createAgreement, updateAgreement } from "@/lib/agreements/mutations";
import { createJointAction, updateJointAction } from "@/lib/joint-actions/mutations";
import { createMission, updateMission } from "@/lib/missions/mutations";
import { createPeriod, updatePeriod } from "@/lib/reference/periods/mutations";
import { agreementInput } from "@/tests/factories/agreements";
import { jointActionInput } from "@/tests/factories/joint-actions";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { createMissionReferences } from "../missions/helpers";
import { testDb } from "../setup/database";
import { settleAll, writers, type Settled } from "./concurrency-helpers";

// Concurrency (docs/reliability.md): 50 saves of one record from the same version, each of which makes the data
// layer check more than the record itself (new links, the year-close rule). Those checks must run
// on the save's own transaction: a second pool connection taken while the transaction holds its
// connection (and, for some, the record's row lock) starves the pool once the burst exceeds
// DATABASE_POOL_SIZE, and every save then fails with "Unable to start a transaction in the given time".

const burst = 50;

async function expectOneWinner(outcomes: Settled, action: string): Promise<number> {
  expect(outcomes.unexpected).toEqual([]);
  expect(outcomes.winners).toHaveLength(1);
  expect(outcomes.refusals.filter((error) => error instanceof ConflictError)).toHaveLength(burst - 1);
  expect(await testDb.auditEntry.count({ where: { action } })).toBe(1);
  return outcomes.winners[0] ?? -1;
}

describe(`${burst} simultaneous saves of one record, each checking new links`, () => {
  it("a mission", async () => {
    const refs = await createMissionReferences();
    const staff = await createActingUser("STAFF");
    const original = buildMissionInput([refs.houston.id], { title: "Houston — original" });
    const { id } = await createMission(staff, original);
    const sectorOf = (writer: number) => (writer % 2 === 0 ? refs.smartCities.id : refs.culture.id);

    const outcomes = await settleAll(writers(burst), (writer) =>
      updateMission(staff, {
        ...original,
        id,
        version: 1,
        title: `Saved by writer ${writer}`,
        destinationIds: [refs.houston.id, refs.petersburg.id],
        sectorIds: [sectorOf(writer)],
      }),
    );

    const winner = await expectOneWinner(outcomes, "mission.update");
    const stored = await testDb.mission.findUniqueOrThrow({
      where: { id },
      select: { title: true, version: true, sectors: { select: { id: true } }, destinations: { select: { id: true } } },
    });
    expect(stored).toMatchObject({
      title: `Saved by writer ${winner}`,
      version: 2,
      sectors: [{ id: sectorOf(winner) }],
    });
    expect(stored.destinations).toHaveLength(2);
  });

  it("an agreement", async () => {
    const refs = await createMissionReferences();
    const staff = await createActingUser("STAFF");
    const original = agreementInput(refs.houston.id, { title: "Carnival licence" });
    const { id } = await createAgreement(staff, original);

    const outcomes = await settleAll(writers(burst), (writer) =>
      updateAgreement(staff, {
        ...original,
        id,
        version: 1,
        title: `Saved by writer ${writer}`,
        destinationId: refs.petersburg.id,
      }),
    );

    const winner = await expectOneWinner(outcomes, "agreement.update");
    expect(
      await testDb.agreement.findUniqueOrThrow({
        where: { id },
        select: { title: true, destinationId: true, version: true },
      }),
    ).toEqual({
      title: `Saved by writer ${winner}`,
      destinationId: refs.petersburg.id,
      version: 2,
    });
  });

  it("a priority period", async () => {
    const refs = await createMissionReferences();
    const admin = await createActingUser("ADMIN");
    const { id } = await createPeriod(admin, {
      label: "2016/2020",
      startYear: 2016,
      endYear: 2020,
      destinationIds: [refs.houston.id],
    });

    const outcomes = await settleAll(writers(burst), (writer) =>
      updatePeriod(admin, {
        id,
        version: 1,
        label: `2016/2020 (${writer})`,
        startYear: 2016,
        endYear: 2020,
        destinationIds: [refs.houston.id, refs.petersburg.id],
      }),
    );

    const winner = await expectOneWinner(outcomes, "period.update");
    expect(
      await testDb.priorityPeriod.findUniqueOrThrow({ where: { id }, select: { label: true, version: true } }),
    ).toEqual({ label: `2016/2020 (${winner})`, version: 2 });
    expect(await testDb.priorityDestination.count({ where: { periodId: id } })).toBe(2);
  });

  it("a joint action (each save checks that its year is not closed)", async () => {
    const partner = await createActingUser("PARTNER");
    const original = jointActionInput({ title: "Salon MIPIM" });
    const { id } = await createJointAction(partner, original);

    const outcomes = await settleAll(writers(burst), (writer) =>
      updateJointAction(partner, { ...original, id, version: 1, title: `Saved by writer ${writer}` }),
    );

    const winner = await expectOneWinner(outcomes, "jointAction.update");
    expect(
      await testDb.jointAction.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } }),
    ).toEqual({ title: `Saved by writer ${winner}`, version: 2 });
  });
});
