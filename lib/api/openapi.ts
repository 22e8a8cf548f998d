import "server-only";
import { z } from "zod";
import { maxBodyBytes } from "./input";
import { problemKinds, type ProblemKind } from "./problem";
import { updateBodyOf, type ApiResource } from "./resource";
import { apiResources } from "@/lib/api/resources";

// The OpenAPI 3.1 document of /api/v1, generated from the resource definitions and their zod
// schemas (zod's own JSON Schema output, draft 2020-12 as OpenAPI 3.1 uses). Nothing here is
// written by hand but the prose.

type JsonObject = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonObject;
  return rest;
}

/** A list parameter's schema as a caller sees it: the value before the list schema's fallbacks and conversions. */
function queryValueSchema(field: z.ZodType): JsonObject {
  let current: z.ZodType = field;
  for (let depth = 0; depth < 8; depth += 1) {
    if (current instanceof z.ZodCatch || current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      const { in: input, out } = current.def;
      current = (input instanceof z.ZodTransform ? out : input) as z.ZodType;
    } else break;
  }
  return jsonSchema(current, "input");
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());

function problemResponses(...kinds: ProblemKind[]): JsonObject {
  return Object.fromEntries(
    kinds.map((kind) => [String(problemKinds[kind].status), { $ref: `#/components/responses/${kind}` }]),
  );
}

const common: ProblemKind[] = ["unauthenticated", "tooManyRequests"];
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: false,
  schema: { type: "string" },
  description: 'The record\'s ETag ("3"), instead of `version` in the body.',
};
const etagHeader = { ETag: { schema: { type: "string" }, description: "The record's version, for If-Match." } };

function recordAnswer(name: string, description: string): JsonObject {
  return { description, headers: etagHeader, content: { "application/json": { schema: ref(name) } } };
}

function resourcePaths(resource: ApiResource): Record<string, JsonObject> {
  const Name = pascal(resource.name);
  const tags = [resource.title];
  const collection: JsonObject = {
    get: {
      operationId: `list${Name}`,
      tags,
      summary: `List ${resource.title.toLowerCase()}`,
      parameters: Object.entries(resource.listQuery.shape).map(([name, field]) => ({
        name,
        in: "query",
        required: false,
        schema: queryValueSchema(field as z.ZodType),
      })),
      responses: {
        200: {
          description: "One page of records, with the total that match.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["data", "page", "pageSize", "total"],
                properties: {
                  data: { type: "array", items: ref(`${Name}ListItem`) },
                  page: { type: "integer" },
                  pageSize: { type: "integer" },
                  total: { type: "integer" },
                },
              },
            },
          },
        },
        ...problemResponses("malformedRequest", "forbidden", ...common),
      },
    },
  };
  if (resource.create) {
    collection.post = {
      operationId: `create${Name}`,
      tags,
      summary: `Create a record`,
      requestBody: { required: true, content: { "application/json": { schema: ref(`${Name}Input`) } } },
      responses: {
        201: recordAnswer(Name, "Created."),
        ...problemResponses(
          "malformedRequest",
          "forbidden",
          "conflict",
          "payloadTooLarge",
          "unsupportedMediaType",
          "invalidInput",
          ...common,
        ),
      },
    };
  }
  const item: JsonObject = {
    get: {
      operationId: `get${Name}`,
      tags,
      summary: "Get one record",
      parameters: [idParameter],
      responses: { 200: recordAnswer(Name, "The record."), ...problemResponses("forbidden", "notFound", ...common) },
    },
  };
  const writeProblems = problemResponses(
    "malformedRequest",
    "forbidden",
    "notFound",
    "conflict",
    "payloadTooLarge",
    "unsupportedMediaType",
    "invalidInput",
    ...common,
  );
  if (resource.update) {
    item.put = {
      operationId: `update${Name}`,
      tags,
      summary: "Replace a record at the version you loaded",
      parameters: [idParameter, ifMatch],
      requestBody: { required: true, content: { "application/json": { schema: ref(`${Name}Update`) } } },
      responses: { 200: recordAnswer(Name, "Saved."), ...writeProblems },
    };
  }
  if (resource.archive) {
    item.delete = {
      operationId: `archive${Name}`,
      tags,
      summary: "Archive a record (If-Match required); it stays readable and can be restored",
      parameters: [idParameter, { ...ifMatch, required: true }],
      responses: { 200: recordAnswer(Name, "Archived."), ...writeProblems },
    };
  }
  const paths: Record<string, JsonObject> = {
    [`/api/v1/${resource.name}`]: collection,
    [`/api/v1/${resource.name}/{id}`]: item,
  };
  if (resource.restore) {
    paths[`/api/v1/${resource.name}/{id}/restore`] = {
      post: {
        operationId: `restore${Name}`,
        tags,
        summary: "Restore an archived record",
        parameters: [idParameter, ifMatch],
        requestBody: {
          required: false,
          content: { "application/json": { schema: jsonSchema(updateBodyOf(z.strictObject({})), "input") } },
        },
        responses: { 200: recordAnswer(Name, "Restored."), ...writeProblems },
      },
    };
  }
  if (resource.changeStatus && resource.statusBody) {
    paths[`/api/v1/${resource.name}/{id}/status`] = {
      post: {
        operationId: `change${Name}Status`,
        tags,
        summary: "Change the status",
        parameters: [idParameter, ifMatch],
        requestBody: { required: true, content: { "application/json": { schema: ref(`${Name}StatusChange`) } } },
        responses: { 200: recordAnswer(Name, "Changed."), ...writeProblems },
      },
    };
  }
  return paths;
}

function resourceSchemas(resource: ApiResource): Record<string, JsonObject> {
  const Name = pascal(resource.name);
  return {
    [`${Name}ListItem`]: jsonSchema(resource.listItem, "output"),
    [Name]: jsonSchema(resource.item, "output"),
    ...(resource.body
      ? {
          [`${Name}Input`]: jsonSchema(resource.body, "input"),
          [`${Name}Update`]: jsonSchema(updateBodyOf(resource.body), "input"),
        }
      : {}),
    ...(resource.statusBody ? { [`${Name}StatusChange`]: jsonSchema(updateBodyOf(resource.statusBody), "input") } : {}),
  };
}

/** Operations that are not record resources (figures): their paths and component schemas. */
export type ExtraOperations = {
  tag: { name: string; description: string };
  paths: Record<string, JsonObject>;
  schemas: Record<string, JsonObject>;
};

const problemSchema = {
  type: "object",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { type: "string", description: "Where the reference page explains this kind of problem." },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string", description: "What went wrong, in the caller's language." },
    errors: {
      type: "array",
      items: {
        type: "object",
        required: ["field", "code", "message"],
        properties: { field: { type: "string" }, code: { type: "string" }, message: { type: "string" } },
      },
    },
    conflict: {
      type: "array",
      items: {
        type: "object",
        required: ["field", "current"],
        properties: { field: { type: "string" }, current: { type: "string" } },
      },
    },
  },
};

export function buildOpenApiDocument(extra: ExtraOperations[] = []): JsonObject {
  const paths = Object.assign({}, ...apiResources.map(resourcePaths), ...extra.map((operations) => operations.paths));
  const schemas = Object.assign(
    { Problem: problemSchema },
    ...apiResources.map(resourceSchemas),
    ...extra.map((operations) => operations.schemas),
  );
  const responses = Object.fromEntries(
    Object.entries(problemKinds).map(([kind, { title }]) => [
      kind,
      { description: title, content: { "application/problem+json": { schema: ref("Problem") } } },
    ]),
  );
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "International missions API",
      version: "1.0.0",
      description:
        "Records of the international-relations department: the same data, rules, access and audit log as the app. " +
        `Authenticate with a personal API token (Account → API tokens): \`Authorization: Bearer <token>\`. Bodies are JSON, at most ${maxBodyBytes} bytes; ` +
        "unknown fields are refused. Updates need the version you loaded (body `version` or `If-Match`); a newer version answers 409. Errors are RFC 9457 problem documents.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    tags: [
      ...apiResources.map((resource) => ({ name: resource.title, description: resource.description })),
      ...extra.map((operations) => operations.tag),
    ],
    paths,
    components: {
      schemas,
      responses,
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token." } },
    },
  };
}
