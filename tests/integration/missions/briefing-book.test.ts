import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { intlLocaleOf, type AppLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { getBriefingBook } from "@/lib/missions/briefing-book/content";
import { renderBriefingBook } from "@/lib/missions/briefing-book/render";
import { createMission } from "@/lib/missions/mutations";
import { createTraveller } from "@/lib/missions/travellers/mutations";
import { travellerSchema } from "@/lib/missions/travellers/schemas";
import { addDays } from "@/lib/time";
import { buildMissionInput } from "@/tests/factories/missions";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";
import { createMissionReferences, type MissionReferences } from "./helpers";

const reader: { locale: AppLocale } = { locale: "fr" };
vi.mock("next-intl/server", () => ({
  getLocale: async () => intlLocaleOf[reader.locale],
  getTranslations: async (namespace: string) =>
    createTranslator({
      locale: intlLocaleOf[reader.locale],
      messages: await loadMessages(reader.locale),
      namespace: namespace as never,
    }),
}));

/** The PDF's pages as a reader's copy-paste gets them (poppler's pdftotext; pages end with a form feed). */
function pdfPages(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), "briefing-")), "book.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
}

let refs: MissionReferences;
beforeEach(async () => {
  refs = await createMissionReferences();
  reader.locale = "fr";
});

/** Five days in Xiamen then Saint Petersburg, eight slots a day, names in Chinese, Russian and Hebrew. */
async function fiveDayMission() {
  const staff = await createActingUser("STAFF");
  const xiamen = await testDb.destination.create({
    data: { city: "Xiamen", countryCode: "CN", timeZone: "Asia/Shanghai" },
  });
  await testDb.destination.update({ where: { id: refs.petersburg.id }, data: { timeZone: "Europe/Moscow" } });
  const agenda = Array.from({ length: 5 }, (_, day) =>
    Array.from({ length: 8 }, (_, slot) => ({
      day: addDays("2016-06-13", day),
      time: `${String(8 + slot * 2).padStart(2, "0")}:00`,
      title: `Jour ${day + 1} créneau ${slot + 1} : rencontre avec les acteurs de l'économie portuaire et numérique`,
      location: day < 3 ? "Xiamen, 厦门国际会展中心" : "Saint-Pétersbourg, Санкт-Петербург Ленэкспо",
      counterpart: slot === 0 ? (day < 3 ? "庄稼汉, maire adjoint" : "Алексей Смирнов") : "",
    })),
  ).flat();
  agenda[0] = { ...agenda[0]!, location: "Aéroport Nice Côte d'Azur", counterpart: "" };
  const { id } = await createMission(
    staff,
    buildMissionInput([xiamen.id, refs.petersburg.id], {
      title: "Mission Chine et Russie — économie bleue",
      startDate: "2016-06-13",
      endDate: "2016-06-17",
      summary: "Renforcer les liens portuaires.",
      partners: [
        { partnerId: refs.tca.id, role: "LEAD", contributionCents: 0, seeks: "Rencontrer des investisseurs" },
        { partnerId: refs.otcn.id, role: "PARTICIPANT", contributionCents: 0, seeks: "Promouvoir la destination" },
      ],
      practicalNotes: "Hôtel Marco Polo, 8 Jianye Road, Xiamen.\nUrgence : consulat général de France à Canton.",
      agenda,
    }),
  );
  const traveller = (fields: Record<string, string>) =>
    createTraveller(staff, travellerSchema.parse({ ...fields, missionId: id }));
  await traveller({ kind: "ELECTED", name: "Hélène Dupont-Aubertin" });
  await traveller({ kind: "STAFF", name: "Yonatan Levi יונתן לוי", role: "Chargé de mission" });
  return { staff, id };
}

describe("the briefing book", () => {
  it("gives the programme by day in local and Paris time, paginated without cutting a slot", async () => {
    const { staff, id } = await fiveDayMission();
    const book = (await getBriefingBook(staff, id))!;
    const pdf = await renderBriefingBook(book);
    if (process.env.BRIEFING_BOOK_OUT) writeFileSync(process.env.BRIEFING_BOOK_OUT, pdf);
    const pages = pdfPages(pdf);
    const text = pages.join("\n");
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(text).toContain("Dossier de mission");
    expect(text).toContain("Mission Chine et Russie — économie bleue");
    expect(text).toContain("Asia/Shanghai (heure de Paris +6 h)");
    expect(text).toContain("Europe/Moscow (heure de Paris +1 h)");
    // Day one: the departure from Nice is in Paris time; Xiamen's 10:00 is 04:00 in Paris.
    expect(text).toMatch(/08:00\s+08:00\s+Jour 1 créneau 1/);
    expect(text).toMatch(/10:00\s+04:00\s+Jour 1 créneau 2/);
    // Saint Petersburg is one hour ahead of Paris in June.
    expect(text).toMatch(/10:00\s+09:00\s+Jour 4 créneau 2/);
    // Past midnight in Xiamen's morning? No: 08:00 there is 02:00 in Paris, the same day.
    expect(text).toMatch(/08:00\s+02:00\s+Jour 2 créneau 1/);
    // Non-Latin names come out as they were typed.
    expect(text).toContain("厦门国际会展中心");
    expect(text).toContain("Санкт-Петербург Ленэкспо");
    expect(text).toContain("Алексей Смирнов");
    expect(text).toContain("Hélène Dupont-Aubertin");
    expect(text).toMatch(/יונתן לוי|יול ןתנוי/);
    // Each of the 40 slots appears once, its title and place on the same page.
    for (let day = 1; day <= 5; day += 1) {
      for (let slot = 1; slot <= 8; slot += 1) {
        const title = `Jour ${day} créneau ${slot} :`;
        const holding = pages.filter((page) => page.includes(title));
        expect(holding, title).toHaveLength(1);
        expect(holding[0]).toMatch(/Xiamen, 厦门|Санкт-Петербург|Aéroport Nice/);
      }
    }
    // A day that goes on over a page says so on the next one.
    expect(text).toContain("(suite)");
    expect(pages.every((page, index) => page.includes(`Page ${index + 1} sur ${pages.length}`))).toBe(true);
    // Partners, what each seeks, the counterparts, the practical notes.
    expect(text).toContain("Rencontrer des investisseurs");
    expect(text).toMatch(/庄稼汉, maire adjoint\s+14 juin, 08:00/);
    expect(text).toContain("Hôtel Marco Polo, 8 Jianye Road, Xiamen.");
  });

  it("reads in English for an English reader", async () => {
    const { staff, id } = await fiveDayMission();
    reader.locale = "en";
    const text = pdfPages(await renderBriefingBook((await getBriefingBook(staff, id))!)).join("\n");
    expect(text).toContain("Briefing book");
    expect(text).toContain("Monday, 13 June 2016");
    expect(text).toContain("Paris time +6 h");
    expect(text).toContain("Counterparts to meet");
  });

  it("is for who may read the mission: a partner taking part, not another", async () => {
    const { id } = await fiveDayMission();
    const partnerUser = await createActingUser("PARTNER");
    expect(await getBriefingBook(partnerUser, id)).toBeNull();
    await testDb.user.update({ where: { id: partnerUser.id }, data: { partnerId: refs.tca.id } });
    const book = await getBriefingBook({ ...partnerUser, partnerId: refs.tca.id }, id);
    expect(book?.travellers.map(([name]) => name)).toEqual(["Hélène Dupont-Aubertin", "Yonatan Levi יונתן לוי"]);
  });

  it("says when a city's time zone is not recorded, and gives its slots in local time only", async () => {
    const staff = await createActingUser("STAFF");
    const { id } = await createMission(
      staff,
      buildMissionInput([refs.houston.id], {
        agenda: [{ day: "2016-05-11", time: "09:00", title: "NASA Johnson Space Center", location: "Houston" }],
      }),
    );
    const book = (await getBriefingBook(staff, id))!;
    expect(book.labels.zonesMissing).toContain("Houston");
    expect(book.days[0]?.slots[0]).toMatchObject({ time: "09:00", paris: "—" });
    const text = pdfPages(await renderBriefingBook(book)).join("\n");
    expect(text).toContain("fuseau horaire non renseigné");
  });
});
