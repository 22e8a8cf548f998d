import "server-only";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { intlLocaleOf } from "@/lib/i18n/config";
import { getTranslations } from "next-intl/server";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { countryName } from "@/lib/records/countries";
import { dateOfDay, dayOf, parisTimeZone } from "@/lib/time";
import { instantOfWallClock, wallClockOf } from "@/lib/time-zones";
import { getMission, type MissionDetail } from "../queries";
import { programmeOf, type ProgrammeSlot } from "./programme";
import type { BriefingBook } from "./render";

// What the briefing book prints, read from the records and put in the reader's language
// (decision 022). Anyone who may read the mission may carry its book, partners taking part
// included: travellers appear by name, kind and role only, never their orders.

/** Minutes a zone's clock is ahead of Paris on a day (at noon there). */
function minutesAheadOfParis(day: string, zone: string): number {
  const instant = instantOfWallClock(day, "12:00", zone);
  const local = wallClockOf(instant, zone);
  const paris = wallClockOf(instant, parisTimeZone);
  return (Date.parse(`${local.day}T${local.time}:00Z`) - Date.parse(`${paris.day}T${paris.time}:00Z`)) / 60_000;
}

const hoursText = (minutes: number) => {
  const sign = minutes < 0 ? "−" : "+";
  const whole = Math.abs(minutes);
  const rest = whole % 60;
  return `${sign}${Math.floor(whole / 60)} h${rest ? ` ${String(rest).padStart(2, "0")}` : ""}`;
};

export async function getBriefingBook(actor: ActingUser, id: string): Promise<BriefingBook | null> {
  const mission = await getMission(actor, id);
  if (!mission) return null;
  const [travellers, locale, t, tApp] = await Promise.all([
    db.missionTraveller.findMany({
      where: { missionId: id, archivedAt: null },
      select: { name: true, kind: true, role: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    getAppLocale(),
    getTranslations("missions"),
    getTranslations("app"),
  ]);
  const dateLocale = intlLocaleOf[locale];
  const fullDay = new Intl.DateTimeFormat(dateLocale, { dateStyle: "full", timeZone: "UTC" });
  const shortDay = new Intl.DateTimeFormat(dateLocale, { day: "numeric", month: "short", timeZone: "UTC" });
  const b = (key: string, values?: Record<string, string | number>) =>
    t(`briefingBook.${key}` as never, values as never);

  const programme = programmeOf({
    agenda: mission.agenda.map((item) => ({ ...item, day: dayOf(item.day) })),
    destinations: mission.destinations,
  });
  const startDay = dayOf(mission.startDate);
  const parisCell = (slot: ProgrammeSlot) =>
    slot.paris
      ? `${slot.paris.time}${slot.paris.dayShift ? ` (${b(slot.paris.dayShift > 0 ? "nextDay" : "previousDay")})` : ""}`
      : slot.time
        ? "—"
        : "";

  return {
    labels: {
      organisation: tApp("organisation"),
      documentTitle: b("title"),
      generated: b("generated", {
        date: new Intl.DateTimeFormat(dateLocale, {
          dateStyle: "long",
          timeStyle: "short",
          timeZone: parisTimeZone,
        }).format(new Date()),
      }),
      sections: {
        destinations: b("sections.destinations"),
        summary: b("sections.summary"),
        objectives: b("sections.objectives"),
        sectors: b("sections.sectors"),
        travellers: b("sections.travellers"),
        participants: b("sections.participants"),
        partners: b("sections.partners"),
        programme: b("sections.programme"),
        counterparts: b("sections.counterparts"),
        practical: b("sections.practical"),
        places: b("sections.places"),
      },
      columns: {
        name: b("columns.name"),
        kind: b("columns.kind"),
        role: b("columns.role"),
        organisation: b("columns.organisation"),
        partner: b("columns.partner"),
        seeks: b("columns.seeks"),
        localTime: b("columns.localTime"),
        parisTime: b("columns.parisTime"),
        slot: b("columns.slot"),
        when: b("columns.when"),
        where: b("columns.where"),
      },
      none: b("none"),
      continued: b("continued"),
      zonesMissing: programme.citiesWithoutZone.length
        ? b("zonesMissing", { cities: programme.citiesWithoutZone.join(", ") })
        : null,
      page: (page, pages) => b("page", { page, pages }),
    },
    title: mission.title,
    status: b("status", { status: t(`statuses.${mission.status}`) }),
    dates: new Intl.DateTimeFormat(dateLocale, { dateStyle: "full", timeZone: "UTC" }).formatRange(
      mission.startDate,
      mission.endDate,
    ),
    summary: mission.summary,
    destinations: mission.destinations.map((destination) => {
      const place = `${destination.city}, ${countryName(destination.countryCode, locale)}`;
      if (!destination.timeZone) return `${place} — ${b("noZone")}`;
      const ahead = minutesAheadOfParis(startDay, destination.timeZone);
      const clock = ahead === 0 ? b("sameAsParis") : b("aheadOfParis", { hours: hoursText(ahead) });
      return `${place} — ${destination.timeZone} (${clock})`;
    }),
    objectives: mission.objectives.map((objective) => objective.label),
    sectors: mission.sectors.map((sector) => sector.label),
    travellers: travellers.map((traveller) => [
      traveller.name,
      t(`travellers.kinds.${traveller.kind}`),
      traveller.role,
    ]),
    participants: mission.participants.map((participant) => [
      participant.name,
      t(`participantKinds.${participant.kind}`),
      participant.organisation,
    ]),
    partners: partnerRows(mission, (role) => t(`partnerRoles.${role}`)),
    days: programme.days.map((day) => {
      const cities = [...new Set(day.slots.map((slot) => slot.city).filter(Boolean))].join(", ");
      return {
        heading: `${fullDay.format(dateOfDay(day.day))}${cities ? ` — ${cities}` : ""}`,
        slots: day.slots.map((slot) => ({
          time: slot.time,
          paris: parisCell(slot),
          title: slot.title,
          location: slot.location,
          counterpart: slot.counterpart ? b("meeting", { counterpart: slot.counterpart }) : "",
        })),
      };
    }),
    counterparts: programme.days.flatMap((day) =>
      day.slots
        .filter((slot) => slot.counterpart)
        .map((slot) => [
          slot.counterpart,
          [shortDay.format(dateOfDay(day.day)), slot.time].filter(Boolean).join(", "),
          slot.location || slot.city || "",
        ]),
    ),
    practicalNotes: mission.practicalNotes,
    places: placesOf(mission, (day) => shortDay.format(dateOfDay(day))),
  };
}

function partnerRows(
  mission: MissionDetail,
  roleLabel: (role: MissionDetail["partners"][number]["role"]) => string,
): string[][] {
  return mission.partners.map((partner) => [
    `${partner.name} (${partner.shortName})`,
    roleLabel(partner.role),
    partner.seeks,
  ]);
}

/** Each place the agenda names, with the days it is visited. */
function placesOf(mission: MissionDetail, day: (day: string) => string): string[][] {
  const places = new Map<string, string[]>();
  for (const item of mission.agenda) {
    if (!item.location) continue;
    const days = places.get(item.location) ?? [];
    const label = day(dayOf(item.day));
    if (!days.includes(label)) days.push(label);
    places.set(item.location, days);
  }
  return [...places.entries()].map(([place, days]) => [place, days.join(", ")]);
}
