// The briefing book's programme (decision 022): the agenda by day, each slot in the local time of
// where it takes place and in Paris time. Slot times are typed as the host's programme gives them,
// in local time; the place of a slot is the mission city its words name, else the one named last
// before it (that day, then the days before), else the first one the agenda names. Nice is home:
// a slot whose place names it (the departure) is in Paris time; titles are not read for it, since
// "Forum Nice Côte d'Azur – Saint-Pétersbourg" takes place abroad. Pure: no database, no server imports.
import { destinationNamedIn } from "@/lib/missions/agenda-places";
import { parisTimeZone } from "@/lib/time";
import { instantOfWallClock, wallClockOf } from "@/lib/time-zones";

export type ProgrammeInput = {
  agenda: { day: string; time: string; title: string; location: string; counterpart: string }[];
  destinations: { city: string; countryCode: string; timeZone: string | null }[];
};

export type ProgrammeSlot = {
  /** Local time as typed ("HH:MM"), or "" for a slot without a time. */
  time: string;
  /** The same moment in Paris, and whether it falls the day before (-1) or after (+1) there. */
  paris: { time: string; dayShift: number } | null;
  title: string;
  location: string;
  counterpart: string;
  /** The city whose clock the slot follows, null when no city is known. */
  city: string | null;
};

export type ProgrammeDay = { day: string; slots: ProgrammeSlot[] };

export type Programme = {
  days: ProgrammeDay[];
  /** Cities the slots follow whose time zone is not recorded: their slots have no Paris time. */
  citiesWithoutZone: string[];
};

const home = { city: "Nice", countryCode: "FR", timeZone: parisTimeZone };

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

function parisTimeOf(day: string, time: string, zone: string | null): ProgrammeSlot["paris"] {
  if (!zone || !/^\d{2}:\d{2}$/.test(time)) return null;
  const paris = wallClockOf(instantOfWallClock(day, time, zone), parisTimeZone);
  return { time: paris.time, dayShift: dayNumber(paris.day) - dayNumber(day) };
}

export function programmeOf(input: ProgrammeInput): Programme {
  const placeOf = (slot: ProgrammeInput["agenda"][number]) =>
    destinationNamedIn(slot, input.destinations) ?? destinationNamedIn({ location: slot.location, title: "" }, [home]);
  const sorted = [...input.agenda].sort((a, b) => a.day.localeCompare(b.day) || a.time.localeCompare(b.time));
  const firstNamed = sorted.map((slot) => destinationNamedIn(slot, input.destinations)).find(Boolean) ?? null;
  const fallback = firstNamed ?? (input.destinations.length === 1 ? input.destinations[0]! : null);
  const days: ProgrammeDay[] = [];
  const withoutZone = new Set<string>();
  let current: ProgrammeInput["destinations"][number] | null = null;
  for (const slot of sorted) {
    current = placeOf(slot) ?? current;
    const place = current ?? fallback;
    if (place && !place.timeZone) withoutZone.add(place.city);
    const entry: ProgrammeSlot = {
      time: slot.time,
      paris: parisTimeOf(slot.day, slot.time, place?.timeZone ?? null),
      title: slot.title,
      location: slot.location,
      counterpart: slot.counterpart,
      city: place?.city ?? null,
    };
    const last = days.at(-1);
    if (last?.day === slot.day) last.slots.push(entry);
    else days.push({ day: slot.day, slots: [entry] });
  }
  return { days, citiesWithoutZone: [...withoutZone].sort() };
}
