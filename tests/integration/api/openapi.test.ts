import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { openApiDocument } from "@/lib/api/contract";
import { problemKinds } from "@/lib/api/problem";
import { apiResources } from "@/lib/api/resources";
import { townsResource } from "@/lib/towns/api";
import { callApi } from "./client";

// The served contract is a valid OpenAPI 3.1 document, generated from the code (the resource
// definitions and their zod schemas), so it cannot drift from what the API does.

type Json = Record<string, unknown>;
type Operation = {
  operationId?: string;
  tags?: string[];
  parameters?: { schema?: Json }[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, Json>;
};

const httpMethods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const resourceNames = [
  "missions",
  "delegations",
  "events",
  "agreements",
  "towns",
  "partners",
  "destinations",
  "sectors",
  "objectives",
  "joint-actions",
];

async function servedDocument() {
  const answer = await callApi("GET", "/api/v1/openapi.json");
  expect(answer.status).toBe(200);
  return answer.body as Json & {
    openapi: string;
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Json>; responses: Json };
  };
}

const operationsOf = (document: Awaited<ReturnType<typeof servedDocument>>) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => httpMethods.includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );

/** Every value of a "$ref" key anywhere in the document. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "$ref" && typeof child === "string" ? [child] : refsIn(child),
  );
}

function resolvePointer(document: unknown, ref: string): unknown {
  expect(ref.startsWith("#/"), `${ref} is a local reference`).toBe(true);
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === "object" ? (node as Json)[key] : undefined),
      document,
    );
}

describe("the OpenAPI document at /api/v1/openapi.json", () => {
  it("is OpenAPI 3.1 with an operationId on every operation, every $ref resolving, every schema compiling", async () => {
    const document = await servedDocument();
    expect(document.openapi).toBe("3.1.0");
    expect(document).toMatchObject({
      info: { title: expect.any(String), version: expect.any(String) },
      components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } },
    });

    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(0);
    for (const path of Object.keys(document.paths))
      expect(
        operations.some((entry) => entry.path === path),
        `${path} has an operation`,
      ).toBe(true);
    const ids = operations.map(({ operation, method, path }) => {
      expect(operation.operationId, `${method} ${path} has an operationId`).toMatch(/^[a-zA-Z][a-zA-Z0-9]*$/);
      expect(Object.keys(operation.responses).length, `${method} ${path} lists its responses`).toBeGreaterThan(0);
      return operation.operationId;
    });
    expect(new Set(ids).size, "operationIds are unique").toBe(ids.length);

    const refs = [...new Set(refsIn(document))];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(resolvePointer(document, ref), `${ref} resolves`).toBeDefined();

    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, keywords: ["example"] });
    addFormats(ajv);
    // The document's components, addressable as openapi#/components/…; "components" is not a JSON Schema keyword.
    ajv.addKeyword("components");
    ajv.addSchema({ $id: "openapi", components: document.components });
    const local = (schema: Json) =>
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as Json;
    for (const name of Object.keys(document.components.schemas)) {
      expect(
        () => ajv.compile({ $ref: `openapi#/components/schemas/${name}` }),
        `components.schemas.${name} compiles`,
      ).not.toThrow();
    }
    for (const { path, method, operation } of operations) {
      const inline = [
        ...(operation.parameters ?? []).map((parameter) => parameter.schema),
        ...Object.values(operation.requestBody?.content ?? {}).map((media) => media.schema),
        ...Object.values(operation.responses).flatMap((response) =>
          Object.values((response.content ?? {}) as Record<string, { schema: Json }>).map((media) => media.schema),
        ),
      ].filter((schema): schema is Json => schema !== undefined);
      for (const schema of inline)
        expect(() => ajv.compile(local(schema)), `a schema of ${method} ${path} compiles`).not.toThrow();
    }
  });

  it("describes all ten resources, the figures and every kind of problem", async () => {
    const document = await servedDocument();
    for (const name of resourceNames) {
      expect(document.paths, name).toHaveProperty([`/api/v1/${name}`, "get"]);
      expect(document.paths, name).toHaveProperty([`/api/v1/${name}/{id}`, "get"]);
    }
    expect(document.paths).toHaveProperty(["/api/v1/figures", "get", "operationId"], "getKeyFigures");
    expect(Object.keys(document.components.responses).sort()).toEqual(Object.keys(problemKinds).sort());
  });

  it("is generated from the resource definitions: it follows their zod schemas", async () => {
    const document = await servedDocument();
    expect(document).toEqual(openApiDocument());
    const townsInput = document.components.schemas.TownsInput as { properties: Json; additionalProperties: boolean };
    expect(Object.keys(townsInput.properties)).toEqual(Object.keys(townsResource.body!.shape));
    expect(townsInput.additionalProperties).toBe(false);
    for (const resource of apiResources) {
      const list = document.paths[`/api/v1/${resource.name}`]?.get;
      expect(
        list?.parameters?.map((parameter) => (parameter as { name: string }).name),
        resource.name,
      ).toEqual(Object.keys(resource.listQuery.shape));
      const schemaName = resource.name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) =>
        letter.toUpperCase(),
      );
      if (resource.body) {
        const input = document.components.schemas[`${schemaName}Input`] as { properties: Json };
        expect(Object.keys(input.properties), resource.name).toEqual(Object.keys(resource.body.shape));
      }
      const item = document.components.schemas[schemaName] as { properties: Json };
      expect(Object.keys(item.properties), resource.name).toEqual(Object.keys((resource.item as z.ZodObject).shape));
    }
  });

  it("states the limits of the areas' declared fields as numbers, not prose", async () => {
    const document = await servedDocument();
    const property = (schema: string, name: string) =>
      (document.components.schemas[schema] as { properties: Record<string, Json> }).properties[name] as Json;
    expect(property("DelegationsInput", "title")).toMatchObject({ type: "string", maxLength: 200 });
    expect(property("DelegationsInput", "hostName")).toMatchObject({ type: "string", maxLength: 200 });
    expect(property("DelegationsInput", "programme")).toMatchObject({ type: "string", maxLength: 5000 });
    expect(property("DelegationsInput", "size")).toMatchObject({ type: "integer", minimum: 1, maximum: 10000 });
    expect(JSON.stringify(property("EventsInput", "attendance"))).toContain('"maximum":10000000');
  });
});
