import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";
import { missionListSchema } from "./list-params";

describe("the missions list URL", () => {
  it("defaults to the latest missions first", () => {
    expect(parseListParams(missionListSchema, {})).toMatchObject({ sort: "startDate", direction: "desc", page: 1 });
  });

  it("reads its filters and drops what it cannot use", () => {
    expect(
      parseListParams(missionListSchema, { status: "APPROVED", year: "2016", sector: "s1", archived: "true" }),
    ).toMatchObject({
      status: "APPROVED",
      year: 2016,
      sector: "s1",
      archived: true,
    });
    expect(
      parseListParams(missionListSchema, { status: "DONE", year: "16", sort: "budget", partner: "x".repeat(65) }),
    ).toMatchObject({
      status: undefined,
      year: undefined,
      sort: "startDate",
      partner: undefined,
    });
  });
});
