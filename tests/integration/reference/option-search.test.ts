import { describe, expect, it } from "vitest";
import { createDelegation } from "@/lib/delegations/mutations";
import { createEvent } from "@/lib/events/mutations";
import { createMission } from "@/lib/missions/mutations";
import { searchDelegationOptions, searchEventOptions, searchMissionOptions } from "@/lib/records/option-search";
import { parseOptionQuery } from "@/lib/records/option-query";
import {
  findDestinationOption,
  findPartnerOption,
  findPartnerOptions,
  searchDestinationOptions,
  searchPartnerOptions,
} from "@/lib/reference/option-search";
import { delegationInput, parisTime } from "@/tests/factories/delegations";
import { eventInput } from "@/tests/factories/events";
import { buildMissionInput } from "@/tests/factories/missions";
import { buildPartner } from "@/tests/factories/partners";
import { buildDestination } from "@/tests/factories/reference";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const query = (q: string, limit?: number) =>
  parseOptionQuery(new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) }));
const labels = (options: { label: string }[]) => options.map((option) => option.label);

describe("the pickers' partner and destination searches", () => {
  it("match name or short name, city or country code, ignoring case and accents; active entries only, alphabetically", async () => {
    await testDb.partner.createMany({
      data: [
        buildPartner({ name: "Team Côte d'Azur", shortName: "TCA" }),
        buildPartner({ name: "Office du Tourisme et des Congrès de Nice", shortName: "OTCN" }),
        buildPartner({ name: "Ancienne agence", shortName: "AA", archivedAt: new Date() }),
      ],
    });
    await testDb.destination.createMany({
      data: [
        buildDestination({ city: "Nice", countryCode: "US" }),
        buildDestination({ city: "Haïfa", countryCode: "IL" }),
        buildDestination({ city: "Agadir", countryCode: "MA" }),
        buildDestination({ city: "Tel Aviv", countryCode: "IL", archivedAt: new Date() }),
      ],
    });
    const staff = await createActingUser("STAFF");
    expect(labels(await searchPartnerOptions(staff, query("otcn")))).toEqual([
      "Office du Tourisme et des Congrès de Nice (OTCN)",
    ]);
    expect(labels(await searchPartnerOptions(staff, query("CÔTE")))).toEqual(["Team Côte d'Azur (TCA)"]);
    // Accents aside, as the search everywhere.
    expect(labels(await searchPartnerOptions(staff, query("cote d’azur")))).toEqual(["Team Côte d'Azur (TCA)"]);
    expect(labels(await searchDestinationOptions(staff, query("haifa")))).toEqual(["Haïfa (IL)"]);
    expect(labels(await searchPartnerOptions(staff, query("")))).toEqual([
      "Office du Tourisme et des Congrès de Nice (OTCN)",
      "Team Côte d'Azur (TCA)",
    ]);
    expect(labels(await searchDestinationOptions(staff, query("il")))).toEqual(["Haïfa (IL)"]);
    expect(labels(await searchDestinationOptions(staff, query("")))).toEqual([
      "Agadir (MA)",
      "Haïfa (IL)",
      "Nice (US)",
    ]);
  });

  it("return at most `limit` entries, and never more than 50 whatever is asked", async () => {
    await testDb.partner.createMany({ data: Array.from({ length: 60 }, () => buildPartner()) });
    const manager = await createActingUser("MANAGER");
    expect(await searchPartnerOptions(manager, query("", 3))).toHaveLength(3);
    expect(await searchPartnerOptions(manager, query(""))).toHaveLength(20);
    expect(await searchPartnerOptions(manager, query("", 500))).toHaveLength(50);
  });

  it("name the entry a filter holds, archived or not, and nothing for an unknown id", async () => {
    const staff = await createActingUser("STAFF");
    const partner = await testDb.partner.create({
      data: buildPartner({ name: "Carnaval", shortName: "CDN", archivedAt: new Date() }),
    });
    const destination = await testDb.destination.create({
      data: buildDestination({ city: "Xiamen", countryCode: "CN" }),
    });
    expect(await findPartnerOption(staff, partner.id)).toEqual({ id: partner.id, label: "Carnaval (CDN)" });
    // With its country: a delegation form fills it in from the city.
    expect(await findDestinationOption(destination.id)).toEqual({
      id: destination.id,
      label: "Xiamen (CN)",
      countryCode: "CN",
    });
    expect(await findPartnerOption(staff, "unknown")).toBeNull();
    expect(await findDestinationOption(undefined)).toBeNull();
  });

  it("name the partners a form's multi-choice holds, archived ones included, leaving out unknown ids", async () => {
    const staff = await createActingUser("STAFF");
    const carnival = await testDb.partner.create({
      data: buildPartner({ name: "Carnaval", shortName: "CDN", archivedAt: new Date() }),
    });
    const tca = await testDb.partner.create({ data: buildPartner({ name: "Team Côte d'Azur", shortName: "TCA" }) });
    await testDb.partner.create({ data: buildPartner({ name: "Office du Tourisme", shortName: "OTCN" }) });
    const found = await findPartnerOptions(staff, [tca.id, "unknown", carnival.id]);
    expect(found.toSorted((a, b) => a.label.localeCompare(b.label))).toEqual([
      { id: carnival.id, label: "Carnaval (CDN)" },
      { id: tca.id, label: "Team Côte d'Azur (TCA)" },
    ]);
    expect(await findPartnerOptions(staff, [])).toEqual([]);
  });

  it("keep partners from partner users (they are the office's records), not destinations", async () => {
    await testDb.destination.create({ data: buildDestination({ city: "Nice", countryCode: "US" }) });
    const partnerUser = await createActingUser("PARTNER");
    await expect(searchPartnerOptions(partnerUser, query(""))).rejects.toMatchObject({ code: "forbidden" });
    await expect(findPartnerOption(partnerUser, partnerUser.partnerId ?? "")).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(findPartnerOptions(partnerUser, [partnerUser.partnerId ?? ""])).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(labels(await searchDestinationOptions(partnerUser, query("")))).toEqual(["Nice (US)"]);
  });
});

describe("the pickers' mission, delegation and event searches", () => {
  it("give a partner user only their organisation's records, the office every one; active, newest first, with the date", async () => {
    const admin = await createActingUser("ADMIN");
    const ours = await createActingUser("PARTNER");
    const theirs = (await testDb.partner.create({ data: buildPartner() })).id;
    const destinationId = (await testDb.destination.create({ data: buildDestination() })).id;
    const mission = (title: string, partnerId: string, startDate: string) =>
      createMission(
        admin,
        buildMissionInput([destinationId], {
          title,
          startDate,
          endDate: startDate,
          partners: [{ partnerId, role: "PARTICIPANT", contributionCents: 0 }],
        }),
      );
    await mission("Salon Nice 2016", ours.partnerId!, "2016-05-10");
    await mission("Salon Nice 2018", ours.partnerId!, "2018-05-10");
    await mission("Salon Nice concurrent", theirs, "2017-05-10");
    const archived = await mission("Salon Nice archivé", ours.partnerId!, "2019-05-10");
    await testDb.mission.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await createDelegation(
      admin,
      delegationInput({
        title: "Délégation de Haïfa",
        partnerIds: [ours.partnerId!],
        arrivalAt: parisTime("2017-05-11T00:30"),
        departureAt: parisTime("2017-05-11T18:00"),
      }),
    );
    await createDelegation(admin, delegationInput({ title: "Délégation de Haïfa (autre)", partnerIds: [theirs] }));
    await createEvent(admin, eventInput({ title: "MIPIM", partnerIds: [ours.partnerId!] }));
    await createEvent(admin, eventInput({ title: "MIPIM (autre)", partnerIds: [theirs] }));

    const partnerMissions = await searchMissionOptions(ours, query("salon nice"));
    expect(partnerMissions.map(({ label, hint }) => [label, hint])).toEqual([
      ["Salon Nice 2018", "2018-05-10"],
      ["Salon Nice 2016", "2016-05-10"],
    ]);
    expect(labels(await searchMissionOptions(admin, query("SALON")))).toEqual([
      "Salon Nice 2018",
      "Salon Nice concurrent",
      "Salon Nice 2016",
    ]);
    expect(await searchMissionOptions(admin, query("salon", 1))).toHaveLength(1);
    // The Paris day of arrival, not the UTC one (00:30 in Paris on the 11th is 22:30 UTC on the 10th).
    expect(await searchDelegationOptions(ours, query("haïfa"))).toEqual([
      expect.objectContaining({ label: "Délégation de Haïfa", hint: "2017-05-11" }),
    ]);
    expect(labels(await searchDelegationOptions(admin, query("haïfa")))).toHaveLength(2);
    expect(labels(await searchEventOptions(ours, query("")))).toEqual(["MIPIM"]);
    expect(labels(await searchEventOptions(await createActingUser("MANAGER"), query("mipim")))).toHaveLength(2);
  });
});
