import { describe, expect, it } from "vitest";
import { agreementFormInput, agreementSchema, themeRowsOf } from "./schemas";

const base = {
  title: "Licence",
  kind: "TRADEMARK_LICENCE",
  counterpart: "Xiamen",
  destinationId: "d1",
  startDate: "2016-03-09",
  endDate: "2021-03-08",
};

describe("the agreement form's yearly themes", () => {
  it("are gathered from numbered fields in row order, whatever order they arrive in", () => {
    const values = {
      ...base,
      "themes.10.year": "2019",
      "themes.10.theme": "C",
      "themes.2.theme": "B",
      "themes.2.year": "2018",
      "themes.0.year": "2017",
      "themes.0.theme": "A",
    };
    expect(themeRowsOf(values)).toEqual([
      { year: "2017", theme: "A" },
      { year: "2018", theme: "B" },
      { year: "2019", theme: "C" },
    ]);
    expect(agreementFormInput(values)).toMatchObject({
      title: "Licence",
      themes: [{ year: "2017" }, { year: "2018" }, { year: "2019" }],
    });
  });

  it("must each fall in a different year within the agreement's years", () => {
    const issues = (themes: Record<string, string>) =>
      agreementSchema
        .safeParse(agreementFormInput({ ...base, ...themes }))
        .error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];
    expect(
      issues({ "themes.0.year": "2016", "themes.0.theme": "A", "themes.1.year": "2021", "themes.1.theme": "B" }),
    ).toEqual([]);
    expect(issues({ "themes.0.year": "2015", "themes.0.theme": "A" })).toEqual([["themes.0.year", "themeYearOutside"]]);
    expect(issues({ "themes.0.year": "2022", "themes.0.theme": "A" })).toEqual([["themes.0.year", "themeYearOutside"]]);
    expect(
      issues({ "themes.0.year": "2017", "themes.0.theme": "A", "themes.1.year": "2017", "themes.1.theme": "B" }),
    ).toEqual([["themes.1.year", "themeYearTaken"]]);
    expect(issues({ "themes.0.year": "2017.5", "themes.0.theme": " " })).toEqual([
      ["themes.0.year", "invalidYear"],
      ["themes.0.theme", "required"],
    ]);
    expect(issues({ "themes.0.year": "275760", "themes.0.theme": "A" })).toContainEqual([
      "themes.0.year",
      "invalidYear",
    ]);
  });
});

describe("the agreement form's other fields", () => {
  it("read an unticked box as not exclusive, empty choices as none, and refuse an end before the start", () => {
    expect(agreementSchema.parse(agreementFormInput({ ...base, endDate: "", missionId: "" }))).toMatchObject({
      isExclusive: false,
      endDate: null,
      missionId: null,
      themes: [],
    });
    expect(agreementSchema.parse(agreementFormInput({ ...base, isExclusive: "on" })).isExclusive).toBe(true);
    expect(
      agreementSchema.safeParse(agreementFormInput({ ...base, endDate: "2016-03-08" })).error?.issues[0],
    ).toMatchObject({ path: ["endDate"], message: "endBeforeStart" });
    expect(
      agreementSchema.safeParse(agreementFormInput({ ...base, startDate: "2016-02-30" })).error?.issues[0],
    ).toMatchObject({ path: ["startDate"], message: "invalidDate" });
    for (const startDate of ["0000-01-01", "0001-01-01", "9999-12-31"]) {
      expect(
        agreementSchema.safeParse(agreementFormInput({ ...base, startDate })).error?.issues[0],
        startDate,
      ).toMatchObject({ path: ["startDate"], message: "invalidDate" });
    }
  });
});
