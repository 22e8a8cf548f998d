import ICAL from "ical.js";
import { parisTimeZone } from "@/lib/time";
import { wallClockParts, type WallClock } from "@/lib/time-zones";

// ical.js ships no time zone definitions, and a calendar file must carry the VTIMEZONE of every
// TZID it uses. This is Europe/Paris under the EU rule in force since 1996 (summer time from the
// last Sunday of March 02:00 to the last Sunday of October 03:00), which covers every record here.
const vtimezone = [
  "BEGIN:VTIMEZONE",
  `TZID:${parisTimeZone}`,
  "X-LIC-LOCATION:Europe/Paris",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** A fresh VTIMEZONE component (a component belongs to one parent, so each calendar gets its own). */
export function parisTimezoneComponent(): ICAL.Component {
  return new ICAL.Component(ICAL.parse(vtimezone));
}

export function parisTimezone(component: ICAL.Component): ICAL.Timezone {
  return new ICAL.Timezone({ component, tzid: parisTimeZone });
}

const hourMs = 60 * 60 * 1000;

const wallClockOf = (instant: Date): WallClock => wallClockParts(instant, parisTimeZone);

/**
 * The Paris wall-clock time of `instant` (to the second), or null when that wall time names two
 * instants: the hour repeated when clocks go back in October. Calendar readers disagree on which
 * pass they pick (ical.js takes the second), so the caller writes those instants in UTC.
 */
export function parisWallClock(instant: Date): WallClock | null {
  const wall = wallClockOf(instant);
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Paris is UTC+1 in winter and UTC+2 in summer: the instants that could show this wall time.
  const readings = [wallMs - hourMs, wallMs - 2 * hourMs].filter((candidate) =>
    sameWallClock(wallClockOf(new Date(candidate)), wall),
  );
  return readings.length === 1 ? wall : null;
}

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}
