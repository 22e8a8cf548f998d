import { describe, expect, it } from "vitest";
import { findSimilarRecords } from "@/lib/joint-actions/similar";
import { parisInstant } from "@/prisma/demo/record-builders";
import { buildDelegation } from "@/prisma/demo/record-builders";
import { buildJointAction } from "@/tests/factories/joint-actions";
import { buildDestination } from "@/tests/factories/reference";
import { testDb } from "../setup/database";
import { createTwoPartners } from "./helpers";

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

describe("similar earlier records (coordination)", () => {
  it("finds actions and delegations within two years sharing the destination with a similar title, within what the actor may see", async () => {
    const { tca, otcn, staff } = await createTwoPartners();
    const seoul = await testDb.destination.create({ data: buildDestination({ city: "Seoul", countryCode: "KR" }) });
    await testDb.jointAction.createMany({
      data: [
        buildJointAction(otcn.partnerId, {
          title: "Visite Samsung Seoul",
          destinationId: seoul.id,
          date: day("2017-03-01"),
        }),
        buildJointAction(tca.partnerId, {
          title: "Rendez-vous Samsung",
          destinationId: seoul.id,
          date: day("2016-11-01"),
        }),
        buildJointAction(tca.partnerId, {
          title: "Samsung much earlier",
          destinationId: seoul.id,
          date: day("2013-01-01"),
        }),
        buildJointAction(tca.partnerId, {
          title: "Salon du tourisme",
          destinationId: seoul.id,
          date: day("2017-02-01"),
        }),
      ],
    });
    await testDb.delegation.create({
      data: {
        ...buildDelegation({
          title: "Délégation Samsung",
          originDestinationId: seoul.id,
          arrivalAt: parisInstant("2017-01-10", "09:00"),
          departureAt: parisInstant("2017-01-10", "18:00"),
        }),
      },
    });
    await testDb.delegation.create({
      data: {
        ...buildDelegation({
          title: "Samsung executives",
          arrivalAt: parisInstant("2017-02-10", "09:00"),
          departureAt: parisInstant("2017-02-10", "18:00"),
        }),
        partners: { connect: { id: tca.partnerId } },
      },
    });
    const query = { title: "Samsung HQ visit", destinationId: seoul.id, date: "2017-06-01" };

    const forStaff = await findSimilarRecords(staff, query);
    expect(forStaff.map((record) => record.title).sort()).toEqual([
      "Délégation Samsung",
      "Rendez-vous Samsung",
      "Visite Samsung Seoul",
    ]);

    // The partner sees their own actions and the delegations their organisation takes part in only.
    const forTca = await findSimilarRecords(tca, { ...query, partnerId: otcn.partnerId });
    expect(forTca.map((record) => record.title).sort()).toEqual(["Rendez-vous Samsung", "Samsung executives"]);

    expect(await findSimilarRecords(staff, { title: "Samsung", date: "2017-06-01" })).toEqual([]);
  });

  it("does not take the organisation's action in another city for the same one, however alike the titles", async () => {
    const { tca, staff } = await createTwoPartners();
    const [newYork, sousse] = await Promise.all([
      testDb.destination.create({ data: buildDestination({ city: "New York", countryCode: "US" }) }),
      testDb.destination.create({ data: buildDestination({ city: "Sousse", countryCode: "TN" }) }),
    ]);
    await testDb.jointAction.createMany({
      data: [
        buildJointAction(tca.partnerId, {
          title: "Rendez-vous investisseurs Sousse",
          destinationId: sousse.id,
          date: day("2018-03-01"),
        }),
        buildJointAction(tca.partnerId, {
          title: "Rendez-vous investisseurs New York",
          destinationId: newYork.id,
          date: day("2018-01-15"),
        }),
        buildJointAction(tca.partnerId, { title: "Rendez-vous investisseurs", date: day("2018-02-01") }),
      ],
    });
    const query = { title: "Rendez-vous investisseurs à New York", destinationId: newYork.id, date: "2018-06-01" };
    expect(
      (await findSimilarRecords(staff, { ...query, partnerId: tca.partnerId })).map((record) => record.title),
    ).toEqual(["Rendez-vous investisseurs", "Rendez-vous investisseurs New York"]);
  });
});
