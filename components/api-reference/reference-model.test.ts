import { describe, expect, it } from "vitest";
import { objectFields, referenceSections, schemaType } from "./reference-model";

const document = {
  tags: [{ name: "Joint actions", description: "Logged by partners." }, { name: "Unused" }],
  paths: {
    "/api/v1/figures": {
      get: {
        operationId: "getKeyFigures",
        tags: ["Figures"],
        summary: "Figures",
        responses: { 200: { description: "OK" } },
      },
    },
    "/api/v1/joint-actions/{id}": {
      parameters: [{ name: "ignored", in: "query" }],
      put: {
        operationId: "updateJointActions",
        tags: ["Joint actions"],
        summary: "Replace",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: "If-Match", in: "header", description: "ETag", schema: { type: "string" } },
        ],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/JointActionsUpdate" } } },
        },
        responses: { 200: { description: "Saved." }, 409: { $ref: "#/components/responses/conflict" } },
      },
    },
  },
  components: {
    schemas: {
      JointActionsUpdate: {
        type: "object",
        required: ["date", "kind"],
        properties: {
          date: { type: "string", format: "date", description: "The day." },
          kind: { type: "string", enum: ["PRESS", "PROMOTION"] },
          leads: { anyOf: [{ type: "integer" }, { type: "null" }] },
          partners: {
            type: "array",
            items: {
              type: "object",
              required: ["partnerId"],
              properties: { partnerId: { type: "string" }, role: { type: "string" } },
            },
          },
          version: { type: "integer" },
        },
      },
    },
    responses: { conflict: { description: "Conflict" } },
  },
};

describe("the API reference's reading of the OpenAPI document", () => {
  it("says each type as a reader needs it", () => {
    expect(schemaType(document, { type: "string", format: "date-time" })).toBe("string (date-time)");
    expect(schemaType(document, { anyOf: [{ type: "integer" }, { type: "null" }] })).toBe("integer or null");
    expect(schemaType(document, { type: "array", items: { type: "string", enum: ["asc", "desc"] } })).toBe(
      '("asc" | "desc")[]',
    );
    expect(schemaType(document, { $ref: "#/components/schemas/JointActionsUpdate" })).toBe("JointActionsUpdate");
    expect(schemaType(document, undefined)).toBe("any");
  });

  it("lists a body's fields, with those of arrays of objects, and which are required", () => {
    expect(
      objectFields(document, { $ref: "#/components/schemas/JointActionsUpdate" }).map(({ name, type, required }) => [
        name,
        type,
        required,
      ]),
    ).toEqual([
      ["date", "string (date)", true],
      ["kind", '"PRESS" | "PROMOTION"', true],
      ["leads", "integer or null", false],
      ["partners", "object[]", false],
      ["partners[].partnerId", "string", true],
      ["partners[].role", "string", false],
      ["version", "integer", false],
    ]);
  });

  it("groups operations by tag in the document's order, keeps undeclared tags, drops empty ones, and links problem responses", () => {
    const sections = referenceSections(document);
    expect(
      sections.map((section) => [section.tag, section.slug, section.operations.map((operation) => operation.id)]),
    ).toEqual([
      ["Joint actions", "joint-actions", ["updateJointActions"]],
      ["Figures", "figures", ["getKeyFigures"]],
    ]);
    const update = sections[0]!.operations[0]!;
    expect(update).toMatchObject({ method: "PUT", path: "/api/v1/joint-actions/{id}", body: { required: true } });
    expect(update.parameters).toEqual([
      { name: "id", location: "path", type: "string", required: true },
      { name: "If-Match", location: "header", type: "string", required: false, description: "ETag" },
    ]);
    expect(update.responses).toEqual([
      { status: "200", description: "Saved." },
      { status: "409", description: "Conflict", problem: "conflict" },
    ]);
  });
});
