import { describe, expect, it } from "vitest";
import { delegationListSchema } from "@/lib/delegations/list-params";
import { getDelegation, listDelegationFilterChoices, listDelegations } from "@/lib/delegations/queries";
import { parseListParams } from "@/lib/list-params";
import { buildDelegation } from "@/prisma/demo/record-builders";
import { parisTime } from "@/tests/factories/delegations";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { createReferences } from "./helpers";

const params = (query: Record<string, string>) => parseListParams(delegationListSchema, query);
const titles = async (...args: Parameters<typeof listDelegations>) =>
  (await listDelegations(...args)).rows.map((row) => row.title);

describe("the delegations list", () => {
  it("puts an arrival at 23:30 on 31 December, Paris time, in that year", async () => {
    const manager = await createActingUser("MANAGER");
    await testDb.delegation.createMany({
      data: [
        buildDelegation({
          title: "Late on New Year's Eve",
          arrivalAt: parisTime("2016-12-31T23:30"),
          departureAt: parisTime("2017-01-02T10:00"),
        }),
        // 00:30 on 1 January in Paris is still 2016 in UTC: it belongs to 2017.
        buildDelegation({
          title: "Just after midnight",
          arrivalAt: parisTime("2017-01-01T00:30"),
          departureAt: parisTime("2017-01-02T10:00"),
        }),
        buildDelegation({
          title: "First of 2016",
          arrivalAt: parisTime("2016-01-01T00:00"),
          departureAt: parisTime("2016-01-01T10:00"),
        }),
      ],
    });
    expect(parisTime("2017-01-01T00:30").getUTCFullYear()).toBe(2016);
    expect(await titles(manager, params({ year: "2016" }))).toEqual(["Late on New Year's Eve", "First of 2016"]);
    expect(await titles(manager, params({ year: "2017" }))).toEqual(["Just after midnight"]);
    expect((await listDelegationFilterChoices(manager)).years).toEqual(expect.arrayContaining([2017, 2016]));
  });

  it("filters by status, sector, partner, origin and text, sorts, and hides archived rows unless asked", async () => {
    const staff = await createActingUser("STAFF");
    const refs = await createReferences();
    const make = (
      title: string,
      data: Parameters<typeof buildDelegation>[0],
      links: { sectors?: string[]; partners?: string[] } = {},
    ) =>
      testDb.delegation.create({
        data: {
          ...buildDelegation({ title, ...data }),
          sectors: { connect: (links.sectors ?? []).map((id) => ({ id })) },
          partners: { connect: (links.partners ?? []).map((id) => ({ id })) },
        },
      });
    await make(
      "Haifa port authority",
      {
        originDestinationId: refs.haifa.id,
        originCountryCode: "IL",
        status: "WELCOMED",
        arrivalAt: parisTime("2016-03-01T10:00"),
      },
      { sectors: [refs.culture.id], partners: [refs.otcn.id] },
    );
    await make(
      "Tokyo smart grid",
      { originCountryCode: "JP", hostName: "Claire", arrivalAt: parisTime("2016-05-01T10:00") },
      { sectors: [refs.health.id], partners: [refs.tca.id] },
    );
    await make("Archived visit", {
      originCountryCode: "JP",
      archivedAt: new Date(),
      arrivalAt: parisTime("2016-04-01T10:00"),
    });

    expect(await titles(staff, params({}))).toEqual(["Tokyo smart grid", "Haifa port authority"]);
    expect(await titles(staff, params({ sort: "title", direction: "asc" }))).toEqual([
      "Haifa port authority",
      "Tokyo smart grid",
    ]);
    expect(await titles(staff, params({ status: "WELCOMED" }))).toEqual(["Haifa port authority"]);
    expect(await titles(staff, params({ sector: refs.health.id }))).toEqual(["Tokyo smart grid"]);
    expect(await titles(staff, params({ partner: refs.otcn.id }))).toEqual(["Haifa port authority"]);
    expect(await titles(staff, params({ destination: refs.haifa.id }))).toEqual(["Haifa port authority"]);
    expect(await titles(staff, params({ country: "jp" }))).toEqual(["Tokyo smart grid"]);
    expect(await titles(staff, params({ q: "haifa" }))).toEqual(["Haifa port authority"]);
    expect(await titles(staff, params({ q: "claire" }))).toEqual(["Tokyo smart grid"]);
    expect(await titles(staff, params({ archived: "true" }))).toEqual(["Archived visit"]);
    const { rows } = await listDelegations(staff, params({ status: "WELCOMED" }));
    expect(rows[0]?.origin).toBe("Haifa, Israël");
    expect((await listDelegationFilterChoices(staff)).countries).toEqual([
      { code: "IL", name: "Israël" },
      { code: "JP", name: "Japon" },
    ]);
  });
});

describe("a partner user", () => {
  it("reads only the delegations their organisation takes part in; others are not found", async () => {
    const partnerUser = await createActingUser("PARTNER");
    const other = await testDb.partner.create({ data: { name: "Other", shortName: "OTH", kind: "OTHER" } });
    const ours = await testDb.delegation.create({
      data: {
        ...buildDelegation({ title: "Ours" }),
        partners: { connect: [{ id: partnerUser.partnerId! }, { id: other.id }] },
      },
    });
    const theirs = await testDb.delegation.create({
      data: {
        ...buildDelegation({ title: "Theirs", originCountryCode: "JP" }),
        partners: { connect: [{ id: other.id }] },
      },
    });
    await testDb.delegation.create({ data: buildDelegation({ title: "Nobody's", originCountryCode: "US" }) });

    expect(await titles(partnerUser, params({}))).toEqual(["Ours"]);
    expect(await titles(partnerUser, params({ partner: other.id }))).toEqual(["Ours"]);
    expect(await getDelegation(partnerUser, ours.id)).toMatchObject({
      title: "Ours",
      partners: expect.arrayContaining([expect.objectContaining({ label: "Other" })]),
    });
    expect(await getDelegation(partnerUser, theirs.id)).toBeNull();
    expect((await listDelegationFilterChoices(partnerUser)).countries.map((country) => country.code)).toEqual(["IT"]);

    const manager = await createActingUser("MANAGER");
    expect(await titles(manager, params({ sort: "title", direction: "asc" }))).toEqual(["Nobody's", "Ours", "Theirs"]);
    expect(await getDelegation(manager, theirs.id)).toMatchObject({ title: "Theirs", origin: "Japon" });
  });
});
