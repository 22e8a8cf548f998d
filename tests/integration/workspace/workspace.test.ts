import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/action-result";
import type { ActingUser } from "@/lib/auth/session-user";
import { getWorkspace } from "@/lib/workspace/queries";
import { buildDelegation, buildEvent, buildMission, calendarDay, parisInstant } from "@/prisma/demo/record-builders";
import { buildJointAction } from "@/prisma/demo/joint-actions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

// The partner workspace (decision 005): each organisation sees only what it takes part in and its own
// joint actions; the data layer refuses every other role.

/** 1 June 2017, 12:00 in Paris: "this year" is 2017. */
const now = parisInstant("2017-06-01", "12:00");

async function partnerUser(): Promise<ActingUser & { partnerId: string }> {
  const user = await createActingUser("PARTNER");
  if (!user.partnerId) throw new Error("a partner user has an organisation");
  return { ...user, partnerId: user.partnerId };
}

async function mission(
  title: string,
  shares: { partnerId: string; role?: "LEAD" | "PARTICIPANT"; euros: number }[],
  overrides: Parameters<typeof buildMission>[0] = {},
) {
  const created = await testDb.mission.create({
    data: {
      ...buildMission({
        title,
        status: "COMPLETED",
        startDate: calendarDay("2017-03-06"),
        endDate: calendarDay("2017-03-09"),
        ...overrides,
      }),
      partners: {
        create: shares.map(({ partnerId, role = "PARTICIPANT", euros }) => ({
          partnerId,
          role,
          contributionCents: euros * 100,
        })),
      },
    },
  });
  return created.id;
}

async function seedTwoOrganisations() {
  const alpha = await partnerUser();
  const beta = await partnerUser();
  const houston = await testDb.destination.create({ data: { city: "Houston", countryCode: "US" } });
  const ids = {
    alphaMission: await mission("Alpha à Houston", [{ partnerId: alpha.partnerId, role: "LEAD", euros: 5000 }]),
    sharedMission: await mission(
      "Mission commune",
      [
        { partnerId: alpha.partnerId, euros: 1000 },
        { partnerId: beta.partnerId, role: "LEAD", euros: 7000 },
      ],
      { startDate: calendarDay("2017-04-03"), endDate: calendarDay("2017-04-05") },
    ),
    upcomingMission: await mission("Alpha à l'automne", [{ partnerId: alpha.partnerId, euros: 2000 }], {
      status: "APPROVED",
      startDate: calendarDay("2017-09-11"),
      endDate: calendarDay("2017-09-14"),
    }),
    cancelledMission: await mission("Alpha annulée", [{ partnerId: alpha.partnerId, euros: 9000 }], {
      status: "CANCELLED",
      cancellationReason: "Budget",
      startDate: calendarDay("2017-02-13"),
      endDate: calendarDay("2017-02-14"),
    }),
    archivedMission: await mission("Alpha archivée", [{ partnerId: alpha.partnerId, euros: 9000 }], {
      archivedAt: new Date("2017-03-20T10:00:00Z"),
    }),
    betaMission: await mission("Beta seule", [{ partnerId: beta.partnerId, euros: 3000 }]),
  };
  await testDb.mission.update({
    where: { id: ids.alphaMission },
    data: { destinations: { connect: { id: houston.id } } },
  });
  const alphaDelegation = await testDb.delegation.create({
    data: {
      ...buildDelegation({ title: "Délégation pour Alpha", status: "WELCOMED" }),
      partners: { connect: { id: alpha.partnerId } },
    },
  });
  const betaDelegation = await testDb.delegation.create({
    data: { ...buildDelegation({ title: "Délégation pour Beta" }), partners: { connect: { id: beta.partnerId } } },
  });
  const alphaEvent = await testDb.internationalEvent.create({
    data: { ...buildEvent({ title: "Événement Alpha" }), partners: { connect: { id: alpha.partnerId } } },
  });
  const betaEvent = await testDb.internationalEvent.create({
    data: { ...buildEvent({ title: "Événement Beta" }), partners: { connect: { id: beta.partnerId } } },
  });
  await testDb.jointAction.createMany({
    data: [
      buildJointAction({
        partnerId: alpha.partnerId,
        title: "Alpha rencontre des investisseurs",
        kind: "INVESTOR_MEETING",
        date: calendarDay("2017-03-07"),
        contactsCount: 10,
        investorLeadsCount: 2,
        missionId: ids.alphaMission,
        destinationId: houston.id,
      }),
      buildJointAction({
        partnerId: alpha.partnerId,
        title: "Alpha en presse",
        kind: "PRESS",
        date: calendarDay("2017-05-02"),
        contactsCount: 5,
        investorLeadsCount: 1,
      }),
      buildJointAction({
        partnerId: alpha.partnerId,
        title: "Alpha l'an dernier",
        date: calendarDay("2016-12-31"),
        contactsCount: 100,
        investorLeadsCount: 50,
      }),
      buildJointAction({
        partnerId: alpha.partnerId,
        title: "Alpha archivée",
        date: calendarDay("2017-05-03"),
        contactsCount: 100,
        investorLeadsCount: 50,
        archivedAt: new Date(),
      }),
      buildJointAction({
        partnerId: beta.partnerId,
        title: "Beta en promotion",
        date: calendarDay("2017-05-04"),
        contactsCount: 40,
        investorLeadsCount: 0,
      }),
    ],
  });
  return { alpha, beta, ids, alphaDelegation, betaDelegation, alphaEvent, betaEvent };
}

describe("the partner workspace", () => {
  it("shows an organisation its own records, this year's summary and its own joint actions only", async () => {
    const { alpha, ids, alphaDelegation, alphaEvent } = await seedTwoOrganisations();
    const workspace = await getWorkspace(alpha, { now });

    expect(workspace.partner.name).toBe(
      (await testDb.partner.findUniqueOrThrow({ where: { id: alpha.partnerId } })).name,
    );
    expect(workspace.summary).toEqual({
      year: 2017,
      missions: 3,
      delegations: 1,
      events: 1,
      jointActions: 2,
      contacts: 15,
      investorLeads: 3,
      // 5 000 + 1 000 + 2 000: cancelled and archived missions pool nothing.
      contributionCents: 800_000,
    });
    // Upcoming first (soonest first), then past ones, most recent first; archived ones never.
    expect(workspace.missions.map((row) => row.title)).toEqual([
      "Alpha à l'automne",
      "Mission commune",
      "Alpha à Houston",
      "Alpha annulée",
    ]);
    expect(workspace.missions[0]?.isUpcoming).toBe(true);
    expect(workspace.missions.find((row) => row.id === ids.sharedMission)).toMatchObject({
      role: "PARTICIPANT",
      contributionCents: 100_000,
    });
    expect(workspace.missions.find((row) => row.id === ids.alphaMission)).toMatchObject({
      role: "LEAD",
      destinations: ["Houston"],
    });
    expect(workspace.delegations.map((row) => row.id)).toEqual([alphaDelegation.id]);
    expect(workspace.events.map((row) => row.id)).toEqual([alphaEvent.id]);
    expect(workspace.jointActions.map((row) => row.title)).toEqual([
      "Alpha en presse",
      "Alpha rencontre des investisseurs",
      "Alpha l'an dernier",
    ]);
    expect(workspace.jointActions[1]).toMatchObject({
      destinationCity: "Houston",
      contactsCount: 10,
      investorLeadsCount: 2,
    });
  });

  it("summarises any year asked for, not only the current one", async () => {
    const { alpha } = await seedTwoOrganisations();
    const workspace = await getWorkspace(alpha, { now, year: 2016 });
    // 2016 holds only the joint action of 31 December.
    expect(workspace.summary).toEqual({
      year: 2016,
      missions: 0,
      delegations: 0,
      events: 0,
      jointActions: 1,
      contacts: 100,
      investorLeads: 50,
      contributionCents: 0,
    });
  });

  it("never shows one organisation's records or actions to another", async () => {
    const { beta, ids, betaDelegation, betaEvent } = await seedTwoOrganisations();
    const workspace = await getWorkspace(beta, { now });
    expect(workspace.summary).toMatchObject({
      missions: 2,
      delegations: 1,
      events: 1,
      jointActions: 1,
      contacts: 40,
      investorLeads: 0,
      contributionCents: 1_000_000,
    });
    expect(workspace.missions.map((row) => row.id).sort()).toEqual([ids.sharedMission, ids.betaMission].sort());
    expect(workspace.missions.find((row) => row.id === ids.sharedMission)).toMatchObject({
      role: "LEAD",
      contributionCents: 700_000,
    });
    expect(workspace.delegations.map((row) => row.id)).toEqual([betaDelegation.id]);
    expect(workspace.events.map((row) => row.id)).toEqual([betaEvent.id]);
    expect(workspace.jointActions.map((row) => row.title)).toEqual(["Beta en promotion"]);
  });

  it("has empty sections for an organisation that takes part in nothing yet", async () => {
    await seedTwoOrganisations();
    const newcomer = await partnerUser();
    const workspace = await getWorkspace(newcomer, { now });
    expect(workspace.summary).toEqual({
      year: 2017,
      missions: 0,
      delegations: 0,
      events: 0,
      jointActions: 0,
      contacts: 0,
      investorLeads: 0,
      contributionCents: 0,
    });
    expect([workspace.missions, workspace.delegations, workspace.events, workspace.jointActions]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it("shows at most ten of each, upcoming first", async () => {
    const alpha = await partnerUser();
    for (let month = 1; month <= 12; month += 1) {
      const day = `2017-${String(month).padStart(2, "0")}-10`;
      await mission(`Mission ${month}`, [{ partnerId: alpha.partnerId, euros: 0 }], {
        status: "APPROVED",
        startDate: calendarDay(day),
        endDate: calendarDay(day),
      });
    }
    const titles = (await getWorkspace(alpha, { now })).missions.map((row) => row.title);
    expect(titles).toEqual([
      "Mission 6",
      "Mission 7",
      "Mission 8",
      "Mission 9",
      "Mission 10",
      "Mission 11",
      "Mission 12",
      "Mission 5",
      "Mission 4",
      "Mission 3",
    ]);
  });

  it("is refused to every other role by the data layer", async () => {
    for (const role of ["ADMIN", "STAFF", "MANAGER"] as const) {
      const user = await createActingUser(role);
      await expect(getWorkspace(user, { now })).rejects.toEqual(new DomainError("forbidden"));
    }
  });
});
