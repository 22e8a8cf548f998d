import { describe, expect, it } from "vitest";
import { eventListSchema } from "@/lib/events/list-params";
import { getEvent, listEvents, listEventYears } from "@/lib/events/queries";
import { parseListParams } from "@/lib/list-params";
import { parisTime } from "@/tests/factories/delegations";
import { buildEvent } from "@/prisma/demo/record-builders";
import { buildObjective } from "@/tests/factories/reference";
import { createActingUser } from "../accounts/helpers";
import { createReferences } from "../delegations/helpers";
import { testDb } from "../setup/database";

const params = (query: Record<string, string>) => parseListParams(eventListSchema, query);
const titles = async (...args: Parameters<typeof listEvents>) =>
  (await listEvents(...args)).rows.map((row) => row.title);

describe("the events list", () => {
  it("puts an event starting at 23:30 on 31 December, Paris time, in that year", async () => {
    const staff = await createActingUser("STAFF");
    await testDb.internationalEvent.createMany({
      data: [
        buildEvent({
          title: "New Year's Eve gala",
          startsAt: parisTime("2016-12-31T23:30"),
          endsAt: parisTime("2017-01-01T02:00"),
        }),
        buildEvent({
          title: "New Year's Day swim",
          startsAt: parisTime("2017-01-01T00:30"),
          endsAt: parisTime("2017-01-01T02:00"),
        }),
      ],
    });
    expect(await titles(staff, params({ year: "2016" }))).toEqual(["New Year's Eve gala"]);
    expect(await titles(staff, params({ year: "2017" }))).toEqual(["New Year's Day swim"]);
    expect(await listEventYears(staff)).toEqual(expect.arrayContaining([2017, 2016]));
  });

  it("filters by status, sector, partner, objective and text, sorts, and hides archived rows unless asked", async () => {
    const manager = await createActingUser("MANAGER");
    const refs = await createReferences();
    const reach = await testDb.objective.create({ data: buildObjective() });
    await testDb.internationalEvent.create({
      data: {
        ...buildEvent({
          title: "Jazz festival",
          venue: "Jardins de Cimiez",
          status: "HELD",
          startsAt: parisTime("2016-07-14T20:00"),
        }),
        sectors: { connect: [{ id: refs.culture.id }] },
        partners: { connect: [{ id: refs.otcn.id }] },
        objectives: { connect: [{ id: reach.id }] },
      },
    });
    await testDb.internationalEvent.create({
      data: {
        ...buildEvent({ title: "Health summit", startsAt: parisTime("2016-09-01T09:00") }),
        sectors: { connect: [{ id: refs.health.id }] },
        partners: { connect: [{ id: refs.tca.id }] },
      },
    });
    await testDb.internationalEvent.create({ data: buildEvent({ title: "Archived fair", archivedAt: new Date() }) });

    expect(await titles(manager, params({}))).toEqual(["Health summit", "Jazz festival"]);
    expect(await titles(manager, params({ sort: "title", direction: "asc" }))).toEqual([
      "Health summit",
      "Jazz festival",
    ]);
    expect(await titles(manager, params({ sort: "status", direction: "desc" }))).toEqual([
      "Jazz festival",
      "Health summit",
    ]);
    expect(await titles(manager, params({ status: "HELD" }))).toEqual(["Jazz festival"]);
    expect(await titles(manager, params({ sector: refs.health.id }))).toEqual(["Health summit"]);
    expect(await titles(manager, params({ partner: refs.otcn.id }))).toEqual(["Jazz festival"]);
    expect(await titles(manager, params({ objective: reach.id }))).toEqual(["Jazz festival"]);
    expect(await titles(manager, params({ q: "cimiez" }))).toEqual(["Jazz festival"]);
    expect(await titles(manager, params({ archived: "true" }))).toEqual(["Archived fair"]);
  });
});

describe("a partner user", () => {
  it("reads only the events their organisation takes part in; others are not found", async () => {
    const partnerUser = await createActingUser("PARTNER");
    const other = await testDb.partner.create({ data: { name: "Other", shortName: "OTH", kind: "OTHER" } });
    const ours = await testDb.internationalEvent.create({
      data: { ...buildEvent({ title: "Ours" }), partners: { connect: [{ id: partnerUser.partnerId! }] } },
    });
    const theirs = await testDb.internationalEvent.create({
      data: { ...buildEvent({ title: "Theirs" }), partners: { connect: [{ id: other.id }] } },
    });
    expect(await titles(partnerUser, params({}))).toEqual(["Ours"]);
    expect(await getEvent(partnerUser, ours.id)).toMatchObject({ title: "Ours" });
    expect(await getEvent(partnerUser, theirs.id)).toBeNull();
    expect(await getEvent(await createActingUser("MANAGER"), theirs.id)).toMatchObject({ title: "Theirs" });
  });
});
