import { describe, expect, it } from "vitest";
import { createPartner } from "@/lib/partners/mutations";
import { createCodeListEntry } from "@/lib/reference/code-lists/mutations";
import { createDestination } from "@/lib/reference/destinations/mutations";
import { createPeriod } from "@/lib/reference/periods/mutations";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { settleAll, writers } from "./concurrency-helpers";

// Concurrency (docs/reliability.md), for the reference data whose names are unique whatever their case: the
// database's unique indexes are case-sensitive, so only the data layer can keep that rule when
// 50 people save spellings of one name at the same moment (towns: concurrency.test.ts).

const burst = 50;
/** The same name written five ways. */
const spell = (name: string, writer: number) =>
  [name, name.toUpperCase(), name.toLowerCase(), ` ${name}`, name.replace(/^./, (first) => first.toLowerCase())][
    writer % 5
  ] ?? name;

async function expectOneCreated(
  outcomes: Awaited<ReturnType<typeof settleAll>>,
  field: string,
  count: () => Promise<number>,
  action: string,
) {
  expect(outcomes.unexpected).toEqual([]);
  expect(outcomes.winners).toHaveLength(1);
  expect(outcomes.refusals).toHaveLength(burst - 1);
  for (const refusal of outcomes.refusals)
    expect(refusal).toEqual(expect.objectContaining({ code: "nameTaken", fieldErrors: { [field]: ["nameTaken"] } }));
  expect(await count()).toBe(1);
  expect(await testDb.auditEntry.count({ where: { action } })).toBe(1);
}

describe(`${burst} simultaneous creations of one name in different cases`, () => {
  it("partners", async () => {
    const admin = await createActingUser("ADMIN");
    const outcomes = await settleAll(writers(burst), (writer) =>
      createPartner(admin, {
        name: spell("Nice Côte d'Azur Chambre de commerce", writer).trim(),
        shortName: `CCI${writer}`,
        kind: "COMPANY",
        isActive: true,
      }),
    );
    await expectOneCreated(outcomes, "name", () => testDb.partner.count(), "partner.create");
  });

  it("sectors", async () => {
    const admin = await createActingUser("ADMIN");
    const outcomes = await settleAll(writers(burst), (writer) =>
      createCodeListEntry(admin, "sector", {
        code: `TOURISM_${writer}`,
        nameFr: spell("Tourisme d'affaires", writer).trim(),
        nameEn: `Business tourism ${writer}`,
      }),
    );
    await expectOneCreated(outcomes, "nameFr", () => testDb.sector.count(), "sector.create");
  });

  it("destinations (city within a country)", async () => {
    const admin = await createActingUser("ADMIN");
    const outcomes = await settleAll(writers(burst), (writer) =>
      createDestination(admin, {
        city: spell("Xiamen", writer).trim(),
        countryCode: "CN",
        latitude: null,
        longitude: null,
        timeZone: null,
      }),
    );
    await expectOneCreated(outcomes, "city", () => testDb.destination.count(), "destination.create");
  });

  it("priority periods", async () => {
    const admin = await createActingUser("ADMIN");
    const outcomes = await settleAll(writers(burst), (writer) =>
      createPeriod(admin, {
        label: spell("Période 2021/2026", writer).trim(),
        startYear: 2021,
        endYear: 2026,
        destinationIds: [],
      }),
    );
    await expectOneCreated(outcomes, "label", () => testDb.priorityPeriod.count(), "period.create");
  });
});
