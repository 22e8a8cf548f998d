import { describe, expect, it } from "vitest";
import { agreementListSchema } from "@/lib/agreements/list-params";
import { createAgreement, setAgreementArchived, updateAgreement } from "@/lib/agreements/mutations";
import { getAgreement, listAgreements, listExpiringAgreements } from "@/lib/agreements/queries";
import { searchMissionOptions } from "@/lib/records/option-search";
import { agreementFormInput, agreementSchema } from "@/lib/agreements/schemas";
import { parseListParams } from "@/lib/list-params";
import { agreementInput } from "@/tests/factories/agreements";
import { buildAgreement, buildMission, calendarDay } from "@/prisma/demo/record-builders";
import { buildDestination } from "@/tests/factories/reference";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const rejection = (code: string, fieldErrors?: Record<string, string[]>) =>
  expect.objectContaining({ code, ...(fieldErrors ? { fieldErrors } : {}) });
const params = (query: Record<string, string>) => parseListParams(agreementListSchema, query);
const titles = (result: { rows: { title: string }[] }) => result.rows.map((row) => row.title);

async function destination(city = "Xiamen", countryCode = "CN") {
  return testDb.destination.create({ data: buildDestination({ city, countryCode }) });
}

describe("agreements", () => {
  it("are created from the form with yearly themes, exclusivity and the mission they were signed on, audited", async () => {
    const staff = await createActingUser("STAFF");
    const xiamen = await destination();
    const mission = await testDb.mission.create({
      data: buildMission({
        title: "Mission Chine 2016",
        startDate: calendarDay("2016-03-07"),
        endDate: calendarDay("2016-03-12"),
      }),
    });
    const form = {
      title: "Licence Carnaval de Nice",
      kind: "TRADEMARK_LICENCE",
      counterpart: "Municipalité de Xiamen",
      destinationId: xiamen.id,
      startDate: "2016-03-09",
      endDate: "2021-03-08",
      isExclusive: "on",
      notes: "Première édition en mai 2017.",
      missionId: mission.id,
      "themes.1.year": "2018",
      "themes.1.theme": "Batailles de fleurs",
      "themes.0.year": "2017",
      "themes.0.theme": "Roi de l'énergie",
    };
    const { id } = await createAgreement(staff, agreementSchema.parse(agreementFormInput(form)));
    const stored = await getAgreement(staff, id);
    expect(stored).toMatchObject({
      title: "Licence Carnaval de Nice",
      kind: "TRADEMARK_LICENCE",
      isExclusive: true,
      destination: "Xiamen (CN)",
      startDate: new Date("2016-03-09T00:00:00Z"),
      endDate: new Date("2021-03-08T00:00:00Z"),
      mission: { id: mission.id, title: "Mission Chine 2016" },
      themes: [
        { year: 2017, theme: "Roi de l'énergie" },
        { year: 2018, theme: "Batailles de fleurs" },
      ],
      version: 1,
    });
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { action: "agreement.create" } });
    expect(entry).toMatchObject({ actorId: staff.id, entityType: "Agreement", entityId: id });
    expect(entry.changes).toMatchObject({
      destinationId: { before: null, after: "Xiamen (CN)" },
      missionId: { before: null, after: "Mission Chine 2016" },
      themes: { before: null, after: "2017: Roi de l'énergie; 2018: Batailles de fleurs" },
      isExclusive: { before: null, after: true },
    });
  });

  it("refuse dates in the wrong order, duplicate theme years and years outside the agreement, field by field", () => {
    const result = agreementSchema.safeParse(
      agreementFormInput({
        title: "",
        kind: "LEASE",
        counterpart: "x".repeat(201),
        destinationId: "d",
        startDate: "2017-05-01",
        endDate: "2017-04-30",
        notes: "n".repeat(5001),
        "themes.0.year": "2017",
        "themes.0.theme": "A",
        "themes.1.year": "2017",
        "themes.1.theme": "B",
        "themes.2.year": "",
        "themes.2.theme": "",
      }),
    );
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["title", "required"],
      ["kind", "invalidChoice"],
      ["counterpart", "tooLong"],
      ["notes", "tooLong"],
      ["themes.2.year", "required"],
      ["themes.2.theme", "required"],
    ]);
    const ordered = agreementSchema.safeParse(
      agreementFormInput({
        title: "T",
        kind: "TWINNING",
        counterpart: "C",
        destinationId: "d",
        startDate: "2017-05-01",
        endDate: "2017-04-30",
        "themes.0.year": "2017",
        "themes.0.theme": "A",
        "themes.1.year": "2017",
        "themes.1.theme": "B",
        "themes.2.year": "2016",
        "themes.2.theme": "C",
      }),
    );
    expect(ordered.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["endDate", "endBeforeStart"],
      ["themes.1.year", "themeYearTaken"],
      ["themes.2.year", "themeYearOutside"],
    ]);
    const openEnded = agreementSchema.parse(
      agreementFormInput({
        title: "T",
        kind: "TWINNING",
        counterpart: "C",
        destinationId: "d",
        startDate: "2017-05-01",
        "themes.0.year": "2040",
        "themes.0.theme": "Later",
      }),
    );
    expect(openEnded).toMatchObject({
      endDate: null,
      isExclusive: false,
      missionId: null,
      notes: "",
      themes: [{ year: 2040, theme: "Later" }],
    });
  });

  it("refuse unknown or archived destinations and missions, storing nothing; existing links stay", async () => {
    const staff = await createActingUser("STAFF");
    const xiamen = await destination();
    const archived = await testDb.destination.create({
      data: buildDestination({ city: "Old town", archivedAt: new Date() }),
    });
    const oldMission = await testDb.mission.create({ data: buildMission({ archivedAt: new Date() }) });
    await expect(createAgreement(staff, agreementInput("missing"))).rejects.toEqual(
      rejection("unknownReference", { destinationId: ["unknownReference"] }),
    );
    await expect(createAgreement(staff, agreementInput(archived.id))).rejects.toEqual(
      rejection("unknownReference", { destinationId: ["unknownReference"] }),
    );
    await expect(createAgreement(staff, agreementInput(xiamen.id, { missionId: oldMission.id }))).rejects.toEqual(
      rejection("unknownReference", { missionId: ["unknownReference"] }),
    );
    expect(await testDb.agreement.count()).toBe(0);

    const linked = await testDb.agreement.create({
      data: buildAgreement({ destinationId: xiamen.id, missionId: oldMission.id, title: "Linked" }),
    });
    await testDb.destination.update({ where: { id: xiamen.id }, data: { archivedAt: new Date() } });
    await updateAgreement(staff, {
      ...agreementInput(xiamen.id, { missionId: oldMission.id, title: "Linked, renamed" }),
      id: linked.id,
      version: 1,
    });
    expect(await getAgreement(staff, linked.id)).toMatchObject({
      title: "Linked, renamed",
      destinationRef: { id: xiamen.id, isArchived: true },
      mission: { id: oldMission.id },
    });
    // An archived mission is not offered for new links; the agreement keeps the one it has.
    expect(await searchMissionOptions(staff, { q: "", limit: 20 })).toEqual([]);
  });

  it("refuse a stale save with what changed, replace the themes on a save, and audit the change", async () => {
    const staff = await createActingUser("STAFF");
    const xiamen = await destination();
    const input = agreementInput(xiamen.id, {
      title: "Jumelage",
      kind: "TWINNING",
      startDate: "2016-01-01",
      endDate: "2020-12-31",
      themes: [{ year: 2016, theme: "Fleurs" }],
    });
    const { id } = await createAgreement(staff, input);
    await updateAgreement(staff, {
      ...input,
      id,
      version: 1,
      isExclusive: true,
      themes: [
        { year: 2017, theme: "Lumières" },
        { year: 2018, theme: "Musique" },
      ],
    });
    await expect(updateAgreement(staff, { ...input, id, version: 1, title: "Jumelage révisé" })).rejects.toEqual(
      expect.objectContaining({
        code: "conflict",
        changed: [
          { field: "title", current: "Jumelage" },
          { field: "isExclusive", current: "true" },
          { field: "themes", current: "2017: Lumières; 2018: Musique" },
        ],
      }),
    );
    expect(await getAgreement(staff, id)).toMatchObject({
      title: "Jumelage",
      version: 2,
      themes: [
        { year: 2017, theme: "Lumières" },
        { year: 2018, theme: "Musique" },
      ],
    });
    const update = await testDb.auditEntry.findFirstOrThrow({ where: { action: "agreement.update" } });
    expect(update.changes).toEqual({
      isExclusive: { before: false, after: true },
      themes: { before: "2016: Fleurs", after: "2017: Lumières; 2018: Musique" },
    });
  });

  it("archive and restore: hidden from lists, read-only meanwhile, audited", async () => {
    const staff = await createActingUser("STAFF");
    const xiamen = await destination();
    const { id } = await createAgreement(staff, agreementInput(xiamen.id, { title: "Archivé" }));
    await setAgreementArchived(staff, { id, version: 1, archived: true });
    expect(titles(await listAgreements(staff, params({})))).toEqual([]);
    expect(titles(await listAgreements(staff, params({ archived: "true" })))).toEqual(["Archivé"]);
    await expect(updateAgreement(staff, { ...agreementInput(xiamen.id), id, version: 2 })).rejects.toEqual(
      rejection("archived"),
    );
    await setAgreementArchived(staff, { id, version: 2, archived: false });
    expect(titles(await listAgreements(staff, params({})))).toEqual(["Archivé"]);
    expect(await auditActions()).toEqual(["agreement.create", "agreement.archive", "agreement.restore"]);
  });

  it("are listed by kind, destination, year in force and search, in the requested order", async () => {
    const manager = await createActingUser("MANAGER");
    const xiamen = await destination();
    const haifa = await destination("Haifa", "IL");
    await testDb.agreement.createMany({
      data: [
        buildAgreement({
          destinationId: xiamen.id,
          title: "Licence Carnaval",
          kind: "TRADEMARK_LICENCE",
          counterpart: "Xiamen",
          startDate: calendarDay("2016-03-09"),
          endDate: calendarDay("2021-03-08"),
        }),
        buildAgreement({
          destinationId: haifa.id,
          title: "Jumelage Haïfa",
          kind: "TWINNING",
          counterpart: "Ville de Haïfa",
          startDate: calendarDay("2010-06-01"),
          endDate: null,
        }),
        buildAgreement({
          destinationId: haifa.id,
          title: "Protocole santé",
          kind: "MEMORANDUM",
          counterpart: "Hôpital Rambam",
          startDate: calendarDay("2014-01-01"),
          endDate: calendarDay("2015-12-31"),
        }),
      ],
    });
    expect(titles(await listAgreements(manager, params({})))).toEqual([
      "Licence Carnaval",
      "Protocole santé",
      "Jumelage Haïfa",
    ]);
    expect(titles(await listAgreements(manager, params({ kind: "TWINNING" })))).toEqual(["Jumelage Haïfa"]);
    expect(
      titles(await listAgreements(manager, params({ destinationId: haifa.id, sort: "title", direction: "asc" }))),
    ).toEqual(["Jumelage Haïfa", "Protocole santé"]);
    expect(titles(await listAgreements(manager, params({ year: "2015", sort: "title", direction: "asc" })))).toEqual([
      "Jumelage Haïfa",
      "Protocole santé",
    ]);
    expect(titles(await listAgreements(manager, params({ year: "2021", sort: "title", direction: "asc" })))).toEqual([
      "Jumelage Haïfa",
      "Licence Carnaval",
    ]);
    expect(titles(await listAgreements(manager, params({ q: "rambam" })))).toEqual(["Protocole santé"]);
    expect(titles(await listAgreements(manager, params({ sort: "endDate", direction: "asc" })))).toEqual([
      "Protocole santé",
      "Licence Carnaval",
      "Jumelage Haïfa",
    ]);
    expect(titles(await listAgreements(manager, params({ sort: "destination", direction: "desc" })))[0]).toBe(
      "Licence Carnaval",
    );
  });

  it("expiring within six months: end date from today to six months later, Paris days, current ones only", async () => {
    const staff = await createActingUser("STAFF");
    const xiamen = await destination();
    const ending = (title: string, endDate: string | null, archivedAt: Date | null = null) =>
      buildAgreement({
        destinationId: xiamen.id,
        title,
        startDate: calendarDay("2015-01-01"),
        endDate: endDate ? calendarDay(endDate) : null,
        archivedAt,
      });
    await testDb.agreement.createMany({
      data: [
        ending("Ended yesterday", "2016-08-30"),
        ending("Ends today", "2016-08-31"),
        ending("Ends on the last day", "2017-02-28"),
        ending("Ends a day too late", "2017-03-01"),
        ending("Open-ended", null),
        ending("Archived", "2016-10-01", new Date()),
      ],
    });
    const today = "2016-08-31";
    expect(
      titles(await listAgreements(staff, params({ expiring: "true", sort: "endDate", direction: "asc" }), today)),
    ).toEqual(["Ends today", "Ends on the last day"]);
    expect(await listExpiringAgreements(staff, today)).toMatchObject({
      total: 2,
      rows: [{ title: "Ends today" }, { title: "Ends on the last day" }],
    });
    expect(titles(await listExpiringAgreements(staff, "2017-03-01"))).toEqual(["Ends a day too late"]);
  });

  it("are read-only for managers and closed to partners", async () => {
    const staff = await createActingUser("STAFF");
    const xiamen = await destination();
    const { id } = await createAgreement(staff, agreementInput(xiamen.id));
    for (const role of ["MANAGER", "PARTNER"] as const) {
      const actor = await createActingUser(role);
      await expect(createAgreement(actor, agreementInput(xiamen.id))).rejects.toEqual(rejection("forbidden"));
      await expect(updateAgreement(actor, { ...agreementInput(xiamen.id), id, version: 1 })).rejects.toEqual(
        rejection("forbidden"),
      );
      await expect(setAgreementArchived(actor, { id, version: 1, archived: true })).rejects.toEqual(
        rejection("forbidden"),
      );
      if (role === "PARTNER") {
        await expect(listAgreements(actor, params({}))).rejects.toEqual(rejection("forbidden"));
        await expect(getAgreement(actor, id)).rejects.toEqual(rejection("forbidden"));
      } else {
        expect((await getAgreement(actor, id))?.version).toBe(1);
      }
    }
    expect(await auditActions()).toEqual(["agreement.create"]);
  });
});
