import { z } from "zod";
import { describe, expect, it } from "vitest";
import { defineFields } from "@/lib/records/fields";
import { answerShapeOf, toAnswerFields } from "./records-json";

const fields = defineFields({
  title: { kind: "text", max: 200, required: true },
  startsAt: { kind: "parisDateTime", required: true, description: "Start." },
  attendance: { kind: "wholeNumber", min: 0, max: 10, message: "attendanceOutOfRange" },
  cityId: { kind: "link", to: "destination", relation: "city" },
  sectorIds: { kind: "links", to: "sector", relation: "sectors" },
});

describe("a record's answer derived from its field declarations", () => {
  const answer = z.object(answerShapeOf(fields));

  it("gives each column under its name, instants in UTC, a link's id, and links named under their relation", () => {
    const detail = {
      title: "Carnaval",
      startsAt: new Date("2016-02-13T19:00:00Z"),
      attendance: null,
      cityId: null,
      sectors: [{ id: "s1", label: "Culture" }],
      version: 3,
    };
    const json = toAnswerFields(fields, detail);
    expect(json).toEqual({
      title: "Carnaval",
      startsAt: "2016-02-13T19:00:00.000Z",
      attendance: null,
      cityId: null,
      sectors: [{ id: "s1", name: "Culture" }],
    });
    expect(answer.parse(json)).toEqual(json);
  });

  it("documents what each field holds: a missing number is null, an instant is UTC", () => {
    const document = z.toJSONSchema(answer) as { properties: Record<string, { description?: string }> };
    expect(Object.keys(document.properties)).toEqual(["title", "startsAt", "attendance", "cityId", "sectors"]);
    expect(document.properties.startsAt?.description).toBe("Start. In UTC (ISO 8601).");
    expect(document.properties.attendance?.description).toBe("Null when not known.");
    expect(document.properties.sectors?.description).toBe("Named in the caller's language.");
  });
});
