import ICAL from "ical.js";
import { expect } from "vitest";

/** A calendar answer parsed with ical.js, as a calendar app would read it. */
export async function readCalendar(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const components = calendar.getAllSubcomponents("vevent");
  return {
    text,
    calendar,
    events: components.map((component) => ({ component, event: new ICAL.Event(component) })),
    /** The entry whose UID starts with `<kind>-<id>@`. */
    find(kind: string, id: string) {
      return components
        .map((component) => new ICAL.Event(component))
        .find((event) => event.uid.startsWith(`${kind}-${id}@`));
    },
    uids: components.map((component) => String(component.getFirstPropertyValue("uid"))),
  };
}
