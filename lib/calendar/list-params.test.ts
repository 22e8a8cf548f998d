import { describe, expect, it } from "vitest";
import { calendarParamsSchema } from "./list-params";

const parse = (query: Record<string, string>) => calendarParamsSchema("2026-12-07").parse(query);

describe("calendar URL state", () => {
  it("opens on today's month", () => {
    expect(parse({})).toMatchObject({ view: "month", month: "2026-12", year: 2026 });
  });

  it("joins the 'go to' form's year and month number into the month shown", () => {
    expect(parse({ view: "month", year: "2016", m: "03" })).toMatchObject({ month: "2016-03" });
    // An explicit month wins; a malformed month number leaves today's month.
    expect(parse({ month: "2017-05", year: "2016", m: "03" })).toMatchObject({ month: "2017-05" });
    expect(parse({ year: "2016", m: "13" })).toMatchObject({ month: "2026-12" });
  });

  it("keeps months and years to the accepted range", () => {
    expect(parse({ year: "0001", m: "01" })).toMatchObject({ month: "2026-12", year: 2026 });
    expect(parse({ view: "timeline", year: "2016" })).toMatchObject({ view: "timeline", year: 2016 });
  });
});
