import { describe, expect, it } from "vitest";
import { searchEverything, searchableKinds } from "@/lib/search/everything";
import { buildAgreement, buildDelegation, buildEvent, buildMission } from "@/prisma/demo/record-builders";
import { buildJointAction } from "@/prisma/demo/joint-actions";
import { buildPartner } from "@/tests/factories/partners";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

// Search everywhere (issue 21): one query finds every kind of record by title or name, whatever
// the case and the accents, within what the user may read.

const titles = (groups: Awaited<ReturnType<typeof searchEverything>>, kind: string) =>
  groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.label) ?? [];

async function seed() {
  const genoa = await testDb.destination.create({ data: { city: "Gênes", countryCode: "IT" } });
  const azur = await testDb.partner.create({ data: buildPartner({ name: "Côte d'Azur Tourisme", shortName: "CAT" }) });
  const mission = await testDb.mission.create({
    data: {
      ...buildMission({ title: "Mission Gênes — port et croisières" }),
      partners: { create: { partnerId: azur.id, role: "LEAD" } },
    },
  });
  await testDb.mission.create({ data: buildMission({ title: "Mission GENES archivée", archivedAt: new Date() }) });
  await testDb.delegation.create({ data: buildDelegation({ title: "Délégation de Gênes", originCountryCode: "IT" }) });
  await testDb.internationalEvent.create({
    data: buildEvent({ title: "Forum de la Côte d'Azur", venue: "Acropolis" }),
  });
  await testDb.agreement.create({
    data: buildAgreement({ title: "Jumelage", counterpart: "Comune di Genova (Gênes)", destinationId: genoa.id }),
  });
  await testDb.jointAction.create({
    data: buildJointAction({ partnerId: azur.id, title: "Salon nautique de Gênes", missionId: mission.id }),
  });
  await testDb.town.create({ data: { name: "Èze", connectedOn: new Date("2016-03-01") } });
  return { azur, mission };
}

describe("search everywhere", () => {
  it("finds every kind by title or name, whatever the case and the accents, archived records aside", async () => {
    await seed();
    const staff = await createActingUser("STAFF");
    const groups = await searchEverything(staff, "genes");
    expect(groups.map((group) => group.kind)).toEqual([
      "missions",
      "delegations",
      "agreements",
      "jointActions",
      "destinations",
    ]);
    expect(titles(groups, "missions")).toEqual(["Mission Gênes — port et croisières"]);
    // An agreement is found by its counterpart too.
    expect(titles(groups, "agreements")).toEqual(["Jumelage"]);
    expect(groups.find((group) => group.kind === "agreements")?.hits[0]).toMatchObject({
      detail: "Comune di Genova (Gênes)",
      countryCode: "IT",
    });
    expect(titles(await searchEverything(staff, "COTE D’AZUR"), "partners")).toEqual(["Côte d'Azur Tourisme"]);
    expect(titles(await searchEverything(staff, "cote d'azur"), "events")).toEqual(["Forum de la Côte d'Azur"]);
    expect(titles(await searchEverything(staff, "eze"), "towns")).toEqual(["Èze"]);
  });

  it("treats % and _ as letters, not wildcards, and unstorable text as matching nothing", async () => {
    await seed();
    const staff = await createActingUser("STAFF");
    expect(await searchEverything(staff, "G_nes")).toEqual([]);
    expect(await searchEverything(staff, "%%%")).toEqual([]);
    // Text PostgreSQL cannot hold (a NUL) matches nothing rather than failing.
    expect(await searchEverything(staff, "gê\u0000nes")).toEqual([]);
  });

  it("says when a kind has more hits than it shows", async () => {
    await testDb.town.createMany({
      data: Array.from({ length: 12 }, (_, index) => ({ name: `Saint-Martin ${index}` })),
    });
    const staff = await createActingUser("STAFF");
    const [towns] = await searchEverything(staff, "saint-martin");
    expect(towns).toMatchObject({ kind: "towns", hasMore: true });
    expect(towns?.hits).toHaveLength(10);
  });

  it("gives a partner user only their organisation's records, and no reference data", async () => {
    const { azur } = await seed();
    const partner = await createActingUser("PARTNER");
    await testDb.user.update({ where: { id: partner.id }, data: { partnerId: azur.id } });
    const member = { ...partner, partnerId: azur.id };
    expect(searchableKinds(member)).toEqual(["missions", "delegations", "events", "jointActions"]);
    const groups = await searchEverything(member, "gênes");
    // The delegation of Gênes is not theirs; the agreement and the destination are not for partners.
    expect(groups.map((group) => group.kind)).toEqual(["missions", "jointActions"]);

    const outsider = await createActingUser("PARTNER");
    expect(await searchEverything(outsider, "gênes")).toEqual([]);
  });
});
