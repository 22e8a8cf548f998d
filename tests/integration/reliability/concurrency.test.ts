import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/action-result";
import { closeYear, reopenYear } from "@/lib/dashboard/closures";
import { createMission, updateMission } from "@/lib/missions/mutations";
import { createTown, updateTown } from "@/lib/towns/mutations";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { createMissionReferences } from "../missions/helpers";
import { testDb } from "../setup/database";
import { settleAll, writers } from "./concurrency-helpers";

// Concurrency (docs/reliability.md): many people saving the same record at once. The app's own client (lib/db, the
// default pool of DATABASE_POOL_SIZE connections, as one production instance has) serves all 50
// saves, so the test also shows that a burst larger than the pool queues instead of failing.

const burst = 50;

async function auditOf(action: string) {
  return testDb.auditEntry.findMany({ where: { action }, select: { entityId: true, changes: true } });
}

describe(`${burst} simultaneous saves of one record from the same version`, () => {
  it("a mission: exactly one wins, the others get a conflict, one audit entry, no extra child rows", async () => {
    const refs = await createMissionReferences();
    const staff = await createActingUser("STAFF");
    const original = buildMissionInput([refs.houston.id], { title: "Houston — original" });
    const { id } = await createMission(staff, original);

    const outcomes = await settleAll(writers(burst), (writer) =>
      updateMission(staff, {
        ...original,
        id,
        version: 1,
        title: `Houston — saved by writer ${writer}`,
        budgetCents: writer * 100,
        participants: [{ name: `Participant of writer ${writer}`, kind: "OFFICIAL", organisation: "" }],
      }),
    );

    expect(outcomes.unexpected).toEqual([]);
    expect(outcomes.winners).toHaveLength(1);
    expect(outcomes.refusals.filter((error) => error instanceof ConflictError)).toHaveLength(burst - 1);
    const winner = outcomes.winners[0];

    const stored = await testDb.mission.findUniqueOrThrow({
      where: { id },
      select: { title: true, budgetCents: true, version: true },
    });
    expect(stored).toEqual({
      title: `Houston — saved by writer ${winner}`,
      budgetCents: (winner ?? 0) * 100,
      version: 2,
    });
    const participants = await testDb.missionParticipant.findMany({ where: { missionId: id }, select: { name: true } });
    expect(participants).toEqual([{ name: `Participant of writer ${winner}` }]);

    const updates = await auditOf("mission.update");
    expect(updates).toHaveLength(1);
    expect(updates[0]?.changes).toMatchObject({
      title: { before: "Houston — original", after: `Houston — saved by writer ${winner}` },
    });
  });

  it("a town: exactly one wins, the others get a conflict, one audit entry", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createTown(staff, { name: "Carros", inseeCode: null, connectedOn: "2016-03-01" });

    const outcomes = await settleAll(writers(burst), (writer) =>
      updateTown(staff, { id, version: 1, name: `Carros ${writer}`, inseeCode: null, connectedOn: "2016-03-01" }),
    );

    expect(outcomes.unexpected).toEqual([]);
    expect(outcomes.winners).toHaveLength(1);
    expect(outcomes.refusals.filter((error) => error instanceof ConflictError)).toHaveLength(burst - 1);
    const stored = await testDb.town.findUniqueOrThrow({ where: { id }, select: { name: true, version: true } });
    expect(stored).toEqual({ name: `Carros ${outcomes.winners[0]}`, version: 2 });
    const updates = await auditOf("town.update");
    expect(updates).toEqual([
      { entityId: id, changes: { name: { before: "Carros", after: `Carros ${outcomes.winners[0]}` } } },
    ]);
  });
});

describe(`${burst} simultaneous creations that would break a uniqueness rule`, () => {
  const expectOneTownAndNameTaken = async (outcomes: Awaited<ReturnType<typeof settleAll>>, field: string) => {
    expect(outcomes.unexpected).toEqual([]);
    expect(outcomes.winners).toHaveLength(1);
    expect(outcomes.refusals).toHaveLength(burst - 1);
    for (const refusal of outcomes.refusals) {
      expect(refusal).toEqual(expect.objectContaining({ code: "nameTaken", fieldErrors: { [field]: ["nameTaken"] } }));
    }
    expect(await testDb.town.count()).toBe(1);
    expect(await auditOf("town.create")).toHaveLength(1);
  };

  it("the same town name: one town, every other save told the name is taken", async () => {
    const staff = await createActingUser("STAFF");
    const outcomes = await settleAll(writers(burst), () =>
      createTown(staff, { name: "Saint-Jeannet", inseeCode: null, connectedOn: null }),
    );
    await expectOneTownAndNameTaken(outcomes, "name");
  });

  it("the same name in different cases (names are unique whatever their case): still one town", async () => {
    const staff = await createActingUser("STAFF");
    const spellings = ["Saint-Jeannet", "SAINT-JEANNET", "saint-jeannet", "Saint-jeannet", "SAINT-jeannet"];
    const outcomes = await settleAll(writers(burst), (writer) =>
      createTown(staff, {
        name: spellings[writer % spellings.length] ?? "Saint-Jeannet",
        inseeCode: null,
        connectedOn: null,
      }),
    );
    await expectOneTownAndNameTaken(outcomes, "name");
  });

  it("the same INSEE code under different names: one town, the others told on the INSEE code field", async () => {
    const staff = await createActingUser("STAFF");
    const outcomes = await settleAll(writers(burst), (writer) =>
      createTown(staff, { name: `Commune ${writer}`, inseeCode: "06033", connectedOn: null }),
    );
    await expectOneTownAndNameTaken(outcomes, "inseeCode");
  });
});

describe("ten managers closing the same year at once", () => {
  it("one closes it, the nine others are told it is already closed; reopening races the same way", async () => {
    const managers = await Promise.all(writers(10).map(() => createActingUser("MANAGER")));
    const closing = await settleAll(writers(10), (writer) => closeYear(managers[writer]!, 2016));
    expect(closing.unexpected).toEqual([]);
    expect(closing.winners).toHaveLength(1);
    expect(closing.refusals.map((refusal) => refusal.code)).toEqual(Array(9).fill("yearAlreadyClosed"));
    expect(await testDb.yearClosure.count({ where: { year: 2016, reopenedAt: null } })).toBe(1);

    const admins = await Promise.all(writers(10).map(() => createActingUser("ADMIN")));
    const reopening = await settleAll(writers(10), (writer) => reopenYear(admins[writer]!, 2016));
    expect(reopening.unexpected).toEqual([]);
    expect(reopening.winners).toHaveLength(1);
    expect(reopening.refusals.map((refusal) => refusal.code)).toEqual(Array(9).fill("yearNotClosed"));
  });
});
