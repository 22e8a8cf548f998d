import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarEntry } from "./ics";

function entry(overrides: Partial<CalendarEntry>): CalendarEntry {
  return {
    uid: "delegation-1@example.test",
    title: "Délégation de Haïfa",
    status: "CONFIRMED",
    location: null,
    description: "Origine : Haïfa",
    url: "https://example.test/delegations/1",
    category: "Délégation",
    sequence: 2,
    lastModified: new Date("2016-04-01T08:00:00Z"),
    time: { isAllDay: false, start: new Date("2016-05-12T12:30:00Z"), end: new Date("2016-05-14T16:00:00Z") },
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component)) };
}

const stampedAt = new Date("2026-01-05T10:00:00Z");

describe("calendar files", () => {
  it("are a VCALENDAR with its identity, the Paris time zone and CRLF lines of at most 75 octets", () => {
    const text = buildCalendar({ name: "Missions", stampedAt, entries: [entry({})] });
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/^-\/\//);
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Missions");
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Paris");
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = text.split("\r\n");
    expect(lines.every((line) => !line.includes("\n") && Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it("writes timed entries as Europe/Paris local times: 14:30 in May is 12:30Z, 14:30 in January 13:30Z", () => {
    const text = buildCalendar({
      name: "x",
      stampedAt,
      entries: [
        entry({ uid: "delegation-summer@example.test" }),
        entry({
          uid: "event-winter@example.test",
          time: { isAllDay: false, start: new Date("2016-01-12T13:30:00Z"), end: new Date("2016-01-12T17:00:00Z") },
        }),
      ],
    });
    expect(text).toContain("DTSTART;TZID=Europe/Paris:20160512T143000");
    expect(text).toContain("DTSTART;TZID=Europe/Paris:20160112T143000");
    const [summer, winter] = parse(text).events;
    expect(summer?.startDate.zone?.tzid).toBe("Europe/Paris");
    expect(summer?.startDate.toJSDate().toISOString()).toBe("2016-05-12T12:30:00.000Z");
    expect(summer?.endDate.toJSDate().toISOString()).toBe("2016-05-14T16:00:00.000Z");
    expect(winter?.startDate.toJSDate().toISOString()).toBe("2016-01-12T13:30:00.000Z");
  });

  it("writes missions as all-day dates whose DTEND is the day after the last", () => {
    const text = buildCalendar({
      name: "x",
      stampedAt,
      entries: [entry({ time: { isAllDay: true, firstDay: "2016-05-30", lastDay: "2016-06-02" } })],
    });
    expect(text).toContain("DTSTART;VALUE=DATE:20160530");
    expect(text).toContain("DTEND;VALUE=DATE:20160603");
    const [mission] = parse(text).events;
    expect(mission?.startDate.isDate).toBe(true);
    expect(mission?.endDate.toString()).toBe("2016-06-03");
  });

  it("round-trips text with commas, semicolons, backslashes and newlines, the calendar's name included", () => {
    const tricky = 'Nice, Côte d\'Azur; "B2B" \\ rendez-vous\nligne 2\r\nligne 3';
    const text = buildCalendar({
      name: tricky,
      stampedAt,
      entries: [entry({ title: tricky, description: tricky, location: tricky, category: "Mission" })],
    });
    const { calendar, events } = parse(text);
    const expected = tricky.replace("\r\n", "\n");
    expect(events[0]?.summary).toBe(expected);
    expect(events[0]?.description).toBe(expected);
    expect(events[0]?.location).toBe(expected);
    // ical.js reads X- properties raw: unescaping them as TEXT shows the escaping was right.
    expect(ICAL.design.icalendar.value.text.fromICAL(calendar.getFirstPropertyValue("x-wr-calname"))).toBe(expected);
    expect(text).not.toMatch(/\r\nligne 2/);
  });

  it("carries the UID, the link, the status, the version and the stamp", () => {
    const text = buildCalendar({ name: "x", stampedAt, entries: [entry({ status: "CANCELLED" })] });
    const component = parse(text).calendar.getFirstSubcomponent("vevent")!;
    expect(component.getFirstPropertyValue("uid")).toBe("delegation-1@example.test");
    expect(component.getFirstPropertyValue("url")).toBe("https://example.test/delegations/1");
    expect(component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(component.getFirstPropertyValue("sequence")).toBe(2);
    expect(String(component.getFirstPropertyValue("dtstamp"))).toBe("2026-01-05T10:00:00Z");
  });

  it("names every instant exactly, whatever the season, the clock changes included", () => {
    const instant = fc
      .integer({ min: Date.parse("2015-01-01T00:00:00Z") / 1000, max: Date.parse("2035-12-31T00:00:00Z") / 1000 })
      .map((seconds) => new Date(seconds * 1000));
    // One calendar per run with many entries: ical.js works out the zone's transitions once per file.
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 60 }), (instants) => {
        const entries = instants.map((start, index) =>
          entry({ uid: `event-${index}@example.test`, time: { isAllDay: false, start, end: start } }),
        );
        const parsed = parse(buildCalendar({ name: "x", stampedAt, entries })).events.map((event) =>
          event.startDate.toJSDate().toISOString(),
        );
        expect(parsed).toEqual(instants.map((start) => start.toISOString()));
      }),
      {
        numRuns: 15,
        // The hour repeated when clocks go back (both passes), and the hour skipped when they go forward.
        examples: [
          [
            ["2016-10-30T00:30:00Z", "2016-10-30T01:30:00Z", "2016-03-27T00:59:59Z", "2016-03-27T01:00:00Z"].map(
              (text) => new Date(text),
            ),
          ],
        ],
      },
    );
  });
});
