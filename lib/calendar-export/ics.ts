import ICAL from "ical.js";
import { parisTimezone, parisTimezoneComponent, parisWallClock } from "./paris-timezone";
import { addDays, parisTimeZone } from "@/lib/time";

// iCalendar (RFC 5545) documents written with ical.js, which escapes text (commas, semicolons,
// backslashes, newlines) and folds long lines. Pure: no server imports, so it is unit-tested.

export type CalendarEntryTime =
  /** Paris calendar days, both included (missions). */
  | { isAllDay: true; firstDay: string; lastDay: string }
  /** Instants (delegations, events), written as Europe/Paris local times. */
  | { isAllDay: false; start: Date; end: Date };

export type CalendarEntry = {
  /** Stable per record, so a calendar updates its copy instead of adding another. */
  uid: string;
  title: string;
  time: CalendarEntryTime;
  status: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
  location: string | null;
  description: string;
  url: string;
  category: string;
  /** The record's version: calendars keep the copy with the highest sequence. */
  sequence: number;
  lastModified: Date;
};

export type CalendarDocument = {
  name: string;
  entries: CalendarEntry[];
  stampedAt: Date;
  /** For subscribed feeds: how often calendar apps should fetch again. */
  refreshInterval?: string;
};

const productId = "-//Metropole Nice Cote d'Azur//International relations//FR";

export function buildCalendar(document: CalendarDocument): string {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("prodid", productId);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", "PUBLISH");
  addText(calendar, "x-wr-calname", document.name);
  addText(calendar, "x-wr-timezone", parisTimeZone);
  if (document.refreshInterval) {
    calendar.addPropertyWithValue("refresh-interval", ICAL.Duration.fromString(document.refreshInterval));
    calendar.addPropertyWithValue("x-published-ttl", document.refreshInterval);
  }
  const timezoneComponent = parisTimezoneComponent();
  calendar.addSubcomponent(timezoneComponent);
  const zone = parisTimezone(timezoneComponent);
  const stamp = ICAL.Time.fromJSDate(document.stampedAt, true);
  for (const entry of document.entries) calendar.addSubcomponent(eventComponent(entry, stamp, zone));
  // Every content line ends with CRLF, the last one included (RFC 5545, 3.1).
  return `${calendar.toString()}\r\n`;
}

function eventComponent(entry: CalendarEntry, stamp: ICAL.Time, zone: ICAL.Timezone): ICAL.Component {
  const event = new ICAL.Component("vevent");
  event.addPropertyWithValue("uid", entry.uid);
  event.addPropertyWithValue("dtstamp", stamp);
  if (entry.time.isAllDay) {
    event.addPropertyWithValue("dtstart", ICAL.Time.fromDateString(entry.time.firstDay));
    // DTEND of an all-day event is exclusive: the day after the last one.
    event.addPropertyWithValue("dtend", ICAL.Time.fromDateString(addDays(entry.time.lastDay, 1)));
  } else {
    event.addProperty(timedProperty("dtstart", entry.time.start, zone));
    event.addProperty(timedProperty("dtend", entry.time.end, zone));
  }
  addText(event, "summary", entry.title);
  if (entry.location) addText(event, "location", entry.location);
  if (entry.description) addText(event, "description", entry.description);
  event.addPropertyWithValue("url", entry.url);
  event.addPropertyWithValue("status", entry.status);
  addText(event, "categories", entry.category);
  event.addPropertyWithValue("sequence", entry.sequence);
  event.addPropertyWithValue("last-modified", ICAL.Time.fromJSDate(entry.lastModified, true));
  return event;
}

/** A Paris local time with its TZID; an instant whose wall time is ambiguous is written in UTC. */
function timedProperty(name: string, instant: Date, zone: ICAL.Timezone): ICAL.Property {
  const property = new ICAL.Property(name);
  const wallClock = parisWallClock(instant);
  if (wallClock) {
    property.setParameter("tzid", parisTimeZone);
    property.setValue(ICAL.Time.fromData(wallClock, zone));
  } else {
    property.setValue(ICAL.Time.fromJSDate(new Date(Math.floor(instant.getTime() / 1000) * 1000), true));
  }
  return property;
}

/** ical.js's own TEXT escaping (backslash, comma, semicolon, newline), for properties it does not know. */
const escapeText: (value: string) => string = ICAL.design.icalendar.value.text.toICAL;

/**
 * Text values are escaped whatever the property. ical.js knows SUMMARY, DESCRIPTION… as TEXT;
 * the X-WR-* extensions it writes raw, so they are escaped here (calendar apps read them as text).
 */
function addText(component: ICAL.Component, name: string, value: string): void {
  const property = new ICAL.Property(name);
  const text = plainText(value);
  if (name.startsWith("x-")) {
    property.setValue(escapeText(text));
  } else {
    property.resetType("text");
    property.setValue(text);
  }
  component.addProperty(property);
}

/**
 * Line breaks as LF, which ical.js escapes as \n; a bare CR would otherwise end the content line
 * early in some readers. Other control characters are not allowed in TEXT (RFC 5545, 3.3.11).
 */
function plainText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "");
}
