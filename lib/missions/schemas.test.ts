import { describe, expect, it } from "vitest";
import { formRows, missionFormValues, rowsToValues } from "./form-values";
import { changeMissionStatusSchema, createMissionSchema, updateMissionSchema } from "./schemas";

const base = { title: "Mission à Houston", startDate: "2016-05-10", endDate: "2016-05-14", destinationIds: "d1,d2" };

function issues(values: Record<string, string>): Record<string, string[]> {
  const result = createMissionSchema.safeParse(values);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) (byField[String(issue.path[0])] ??= []).push(issue.message);
  return byField;
}

describe("the mission form", () => {
  it("reads rows, euros and counts, dropping rows left empty", () => {
    const result = createMissionSchema.parse({
      ...base,
      sectorIds: "s1",
      budget: "12 500,50",
      contactsCount: "40",
      leadsCount: "",
      "partners.0.partnerId": "p1",
      "partners.0.role": "LEAD",
      "partners.0.contribution": "1000",
      "partners.1.partnerId": "",
      "partners.1.role": "PARTICIPANT",
      "partners.1.contribution": "",
      "partners.2.partnerId": "p2",
      "partners.2.role": "PARTICIPANT",
      "partners.2.contribution": "",
      "participants.0.name": "Christian Estrosi",
      "participants.0.kind": "OFFICIAL",
      "participants.0.organisation": "Métropole",
      "agenda.0.day": "2016-05-11",
      "agenda.0.time": "09:30",
      "agenda.0.title": "B2B meetings",
      "agenda.0.location": "",
    });
    expect(result).toMatchObject({
      destinationIds: ["d1", "d2"],
      sectorIds: ["s1"],
      objectiveIds: [],
      budgetCents: 1250050,
      contactsCount: 40,
      leadsCount: null,
      partners: [
        { partnerId: "p1", role: "LEAD", contributionCents: 100000 },
        { partnerId: "p2", role: "PARTICIPANT", contributionCents: 0 },
      ],
      participants: [{ name: "Christian Estrosi", kind: "OFFICIAL", organisation: "Métropole" }],
      agenda: [{ day: "2016-05-11", time: "09:30", title: "B2B meetings", location: "" }],
    });
  });

  it("reports every mistake at once, on the field (and row) it concerns", () => {
    expect(
      issues({
        title: "x".repeat(201),
        startDate: "2016-05-14",
        endDate: "2016-05-10",
        destinationIds: "",
        budget: "-3",
        contactsCount: "1.5",
        "partners.0.partnerId": "p1",
        "partners.0.role": "LEAD",
        "partners.0.contribution": "-10",
        "partners.1.partnerId": "p1",
        "partners.1.role": "BOSS",
        "partners.1.contribution": "abc",
        "participants.0.name": "",
        "participants.0.kind": "OFFICIAL",
        "participants.0.organisation": "Nice Start-up",
        "agenda.0.day": "2016-05-11",
        "agenda.0.time": "25:00",
        "agenda.0.title": "",
        "agenda.0.location": "",
      }),
    ).toEqual({
      title: ["tooLong"],
      endDate: ["endBeforeStart"],
      destinationIds: ["destinationRequired"],
      budget: ["notNegative"],
      contactsCount: ["invalidCount"],
      "partners.0.contribution": ["notNegative"],
      "partners.1.partnerId": ["duplicatePartner"],
      "partners.1.role": ["invalidChoice"],
      "partners.1.contribution": ["invalidAmount"],
      "participants.0.name": ["required"],
      "agenda.0.time": ["invalidTime"],
      "agenda.0.title": ["required"],
    });
  });

  it("keeps agenda days within the mission and needs real days", () => {
    expect(issues({ ...base, "agenda.0.day": "2016-05-15", "agenda.0.title": "Too late" })).toEqual({
      "agenda.0.day": ["agendaDayOutsideMission"],
    });
    expect(issues({ ...base, startDate: "2016-02-30", title: "" })).toEqual({
      startDate: ["invalidDate"],
      title: ["required"],
    });
    expect(issues({ ...base, startDate: "0000-01-01", endDate: "9999-12-31" })).toEqual({
      startDate: ["invalidDate"],
      endDate: ["invalidDate"],
    });
  });

  it("needs the record and its version to update", () => {
    expect(updateMissionSchema.safeParse({ ...base, id: "m1", version: "3" })).toMatchObject({
      success: true,
      data: { id: "m1", version: 3 },
    });
    expect(updateMissionSchema.safeParse({ ...base, id: "m1", version: "zero" }).success).toBe(false);
  });
});

describe("the form's field names", () => {
  it("join checkbox groups and keep rows in their typed order", () => {
    const data = new FormData();
    data.append("destinationIds", "d1");
    data.append("destinationIds", "d2");
    data.append("partners.1.partnerId", "p2");
    data.append("$ACTION_ID_x", "");
    const values = missionFormValues(data);
    expect(values).toEqual({ destinationIds: "d1,d2", "partners.1.partnerId": "p2" });
    expect(formRows(values, "partners").rows).toEqual([
      { partnerId: "", role: "", contribution: "", seeks: "" },
      { partnerId: "p2", role: "", contribution: "", seeks: "" },
    ]);
  });

  it("round-trip stored rows", () => {
    const rows = [{ name: "Ballet", kind: "ARTIST", organisation: "BNM" }];
    expect(formRows(rowsToValues("participants", rows), "participants").rows).toEqual(rows);
  });

  it("refuse more rows than a section holds", () => {
    expect(issues({ ...base, "agenda.200.title": "x" })).toEqual({ agenda: ["tooManyRows"] });
  });
});

describe("a status change", () => {
  it("reads the step and its comment, trimmed and bounded", () => {
    expect(changeMissionStatusSchema.parse({ id: "m1", version: "1", status: "SUBMITTED" })).toEqual({
      id: "m1",
      version: 1,
      status: "SUBMITTED",
      comment: "",
    });
    expect(
      changeMissionStatusSchema.parse({ id: "m1", version: "1", status: "DRAFT", comment: " Budget manquant. " }),
    ).toMatchObject({ comment: "Budget manquant." });
    const long = changeMissionStatusSchema.safeParse({
      id: "m1",
      version: "1",
      status: "DRAFT",
      comment: "x".repeat(1001),
    });
    expect(long.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["comment", "tooLong"]]);
  });
});
