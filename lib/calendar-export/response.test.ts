import { describe, expect, it } from "vitest";
import { calendarFilename, calendarResponse } from "./response";

describe("calendar answers", () => {
  it("name the download after the record, in plain ASCII", () => {
    expect(calendarFilename("mission", "Mission à Saint-Pétersbourg, 2015")).toBe(
      "mission-a-saint-petersbourg-2015.ics",
    );
    expect(calendarFilename("delegation", "Délégation de Haïfa")).toBe("delegation-de-haifa.ics");
    expect(calendarFilename("event", "杭州")).toBe("event.ics");
    expect(calendarFilename("event", "x".repeat(200)).length).toBeLessThanOrEqual(80);
  });

  it("are text/calendar in UTF-8, downloaded only when a file name is given", () => {
    const download = calendarResponse("BEGIN:VCALENDAR", { cacheControl: "no-store", filename: "mission-x.ics" });
    expect(download.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="mission-x.ics"');
    expect(
      calendarResponse("BEGIN:VCALENDAR", { cacheControl: "private, max-age=300" }).headers.has("content-disposition"),
    ).toBe(false);
  });
});
