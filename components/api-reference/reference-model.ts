// Reads the OpenAPI document (lib/api/contract.ts) into what the reference page shows: one section
// per tag, each operation with its parameters, body fields and responses. The page never restates
// the API by hand, so it cannot drift from it. No server imports: plain data in, plain data out.

type Json = Record<string, unknown>;

export type ReferenceField = { name: string; type: string; required: boolean; description?: string; location?: string };
export type ReferenceResponse = { status: string; description: string; problem?: string };
export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  parameters: ReferenceField[];
  body?: { required: boolean; fields: ReferenceField[] };
  responses: ReferenceResponse[];
};
export type ReferenceSection = { tag: string; slug: string; description?: string; operations: ReferenceOperation[] };

const httpMethods = ["get", "post", "put", "patch", "delete"];

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

export const slugOf = (tag: string) =>
  tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The schema a local "$ref" points to, or the schema itself. */
function resolve(document: Json, schema: Json): Json {
  const ref = text(schema.$ref);
  if (!ref?.startsWith("#/")) return schema;
  const target = ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
  return isObject(target) ? target : {};
}

/** A schema's type as a reader needs it: "string (date)", "integer or null", "\"LEAD\" | \"PARTICIPANT\"", "string[]". */
export function schemaType(document: Json, schema: unknown, depth = 0): string {
  if (!isObject(schema) || depth > 4) return "any";
  if (text(schema.$ref)) {
    const name = text(schema.$ref)!.split("/").pop()!;
    const target = resolve(document, schema);
    return target.type === "object" ? name : schemaType(document, target, depth + 1);
  }
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  const alternatives = (
    Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : null
  ) as unknown[] | null;
  if (alternatives)
    return [...new Set(alternatives.map((alternative) => schemaType(document, alternative, depth + 1)))].join(" or ");
  if (Array.isArray(schema.type)) return schema.type.join(" or ");
  if (schema.type === "array") {
    const items = schemaType(document, schema.items, depth + 1);
    return items.includes(" ") ? `(${items})[]` : `${items}[]`;
  }
  if (schema.type === "string" && text(schema.format)) return `string (${schema.format as string})`;
  return text(schema.type) ?? "any";
}

/** An object schema's fields, with the fields of nested objects and of arrays of objects ("themes[].year"). */
export function objectFields(document: Json, schema: unknown, prefix = "", depth = 0): ReferenceField[] {
  const object = isObject(schema) ? resolve(document, schema) : {};
  if (!isObject(object.properties) || depth > 2) return [];
  const required = new Set(Array.isArray(object.required) ? object.required : []);
  return Object.entries(object.properties).flatMap(([name, property]) => {
    const field: ReferenceField = {
      name: `${prefix}${name}`,
      type: schemaType(document, property),
      required: required.has(name),
      ...(isObject(property) && text(property.description) ? { description: text(property.description) } : {}),
    };
    const nested = isObject(property) && property.type === "array" ? property.items : property;
    const nestedPrefix = `${prefix}${name}${nested === property ? "." : "[]."}`;
    return [field, ...objectFields(document, nested, nestedPrefix, depth + 1)];
  });
}

function operationOf(document: Json, method: string, path: string, operation: Json): ReferenceOperation {
  const parameters = (Array.isArray(operation.parameters) ? operation.parameters : [])
    .filter(isObject)
    .map((parameter) => ({
      name: String(parameter.name),
      location: String(parameter.in),
      type: schemaType(document, parameter.schema),
      required: parameter.required === true,
      ...(text(parameter.description) ? { description: text(parameter.description) } : {}),
    }));
  const requestBody = isObject(operation.requestBody) ? operation.requestBody : undefined;
  const bodySchema =
    requestBody && isObject(requestBody.content)
      ? (requestBody.content["application/json"] as Json | undefined)?.schema
      : undefined;
  const responses = Object.entries(isObject(operation.responses) ? operation.responses : {}).map(
    ([status, response]) => {
      const ref = isObject(response) ? text(response.$ref) : undefined;
      const resolved = isObject(response) ? resolve(document, response) : {};
      return {
        status,
        description: text(resolved.description) ?? "",
        ...(ref ? { problem: ref.split("/").pop()! } : {}),
      };
    },
  );
  return {
    id: text(operation.operationId) ?? `${method}-${path}`,
    method: method.toUpperCase(),
    path,
    summary: text(operation.summary) ?? "",
    ...(text(operation.description) ? { description: text(operation.description) } : {}),
    parameters,
    ...(requestBody
      ? { body: { required: requestBody.required === true, fields: objectFields(document, bodySchema) } }
      : {}),
    responses,
  };
}

/** The operations grouped by their first tag, in the document's tag order (then any other tag). */
export function referenceSections(document: Json): ReferenceSection[] {
  const declared = (Array.isArray(document.tags) ? document.tags : []).filter(isObject);
  const sections = new Map<string, ReferenceSection>(
    declared.map((tag) => [
      String(tag.name),
      { tag: String(tag.name), slug: slugOf(String(tag.name)), description: text(tag.description), operations: [] },
    ]),
  );
  for (const [path, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    for (const [method, operation] of Object.entries(isObject(item) ? item : {})) {
      if (!httpMethods.includes(method) || !isObject(operation)) continue;
      const tag = (Array.isArray(operation.tags) ? text(operation.tags[0]) : undefined) ?? "Other";
      if (!sections.has(tag)) sections.set(tag, { tag, slug: slugOf(tag), operations: [] });
      sections.get(tag)!.operations.push(operationOf(document, method, path, operation));
    }
  }
  return [...sections.values()].filter((section) => section.operations.length > 0);
}
