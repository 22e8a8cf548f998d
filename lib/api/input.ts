import "server-only";
import { z } from "zod";
import type { ApiTranslator } from "./messages";
import { ApiProblem, type ProblemField } from "./problem";

// Reading what an API caller sent: a JSON body (right media type, bounded size, well-formed, only
// known fields) and list query strings (only known parameters, each value valid). Anything else is
// refused before the data layer runs, so a refused request changes nothing.

export const maxBodyBytes = 1_000_000;

/** The zod issues as problem fields, in the caller's language. */
export function issuesToFields(error: z.ZodError, t: ApiTranslator, prefix: (string | number)[] = []): ProblemField[] {
  return error.issues
    .map((issue) => {
      const path = [...prefix, ...issue.path].map(String).join(".") || "body";
      // Our schemas use message codes ("tooLong"); zod's own messages (wrong type, unknown key) get a generic code.
      const code = /^[a-zA-Z]+$/.test(issue.message)
        ? issue.message
        : issue.code === "unrecognized_keys"
          ? "unknownField"
          : "invalid";
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
      if (keys.length > 0)
        return keys.map((key) => ({
          field: [...prefix, ...issue.path, key].join("."),
          code: "unknownField",
          message: t.field("unknownField"),
        }));
      return [{ field: path, code, message: t.field(code) }];
    })
    .flat();
}

/** Throws a 422 listing every field to correct. */
export function invalidFields(error: z.ZodError, t: ApiTranslator, prefix: (string | number)[] = []): never {
  throw new ApiProblem("invalidInput", t.field("summary"), { errors: issuesToFields(error, t, prefix) });
}

async function readLimitedText(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBodyBytes)
    throw new ApiProblem("payloadTooLarge", `The body must not exceed ${maxBodyBytes} bytes.`);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel();
      throw new ApiProblem("payloadTooLarge", `The body must not exceed ${maxBodyBytes} bytes.`);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiProblem("malformedRequest", "The body is not valid UTF-8.");
  }
}

/** The JSON body parsed by `schema` (a strict object: unknown fields are refused). */
export async function readJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  t: ApiTranslator,
): Promise<z.output<T>> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (mediaType !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) {
    throw new ApiProblem("unsupportedMediaType", "Send the body as application/json.");
  }
  const text = await readLimitedText(request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiProblem("malformedRequest", "The body is not well-formed JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) invalidFields(parsed.error, t);
  return parsed.data;
}

/** The list parameters of a query string: unknown names and unusable values are a 400, never silently ignored. */
export function readListQuery<T extends z.ZodObject>(url: URL, schema: T): z.output<T> {
  const raw: Record<string, string> = {};
  const problems: ProblemField[] = [];
  for (const [name, value] of url.searchParams) {
    if (!(name in schema.shape))
      problems.push({ field: name, code: "unknownParameter", message: `Unknown query parameter "${name}".` });
    else if (name in raw)
      problems.push({ field: name, code: "repeatedParameter", message: `The parameter "${name}" is given twice.` });
    else raw[name] = value;
  }
  for (const [name, value] of Object.entries(raw)) {
    // List schemas fall back to a default on bad values (a page must always render); the API says so instead.
    const field = schema.shape[name] as z.ZodType;
    const strict = field instanceof z.ZodCatch ? (field.unwrap() as z.ZodType) : field;
    if (value === "" || !strict.safeParse(value).success)
      problems.push({
        field: name,
        code: "invalidParameter",
        message: `"${value}" is not a valid value for "${name}".`,
      });
  }
  if (problems.length > 0)
    throw new ApiProblem("malformedRequest", "Some query parameters are not valid.", { errors: problems });
  return schema.parse(raw);
}

/** The version the caller loaded: `If-Match: "3"` or the body's `version` (they must agree when both are given). */
export function readExpectedVersion(request: Request, bodyVersion: number | undefined): number {
  const header = request.headers.get("if-match");
  const fromHeader = header === null ? undefined : /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim())?.[1];
  if (header !== null && fromHeader === undefined)
    throw new ApiProblem("malformedRequest", 'If-Match must be the ETag of the record, like "3".');
  const headerVersion = fromHeader === undefined ? undefined : Number(fromHeader);
  if (headerVersion !== undefined && bodyVersion !== undefined && headerVersion !== bodyVersion) {
    throw new ApiProblem("malformedRequest", "If-Match and the body's version differ.");
  }
  const version = headerVersion ?? bodyVersion;
  if (version === undefined || version < 1) {
    throw new ApiProblem("invalidInput", "Say which version you are changing.", {
      errors: [
        { field: "version", code: "required", message: "Give the record's version (body) or its ETag (If-Match)." },
      ],
    });
  }
  return version;
}

export const etag = (version: number) => `"${version}"`;

/** The area's own form schema refused the input: the handler answers 422 with its field messages. */
export class AreaInputError extends Error {
  constructor(readonly error: z.ZodError) {
    super("invalid input");
    this.name = "AreaInputError";
  }
}

/**
 * Runs an API body (mapped to the form's field names) through the area's own schema, so the API
 * and the pages apply the very same rules and messages.
 */
export function parseWithAreaSchema<T extends z.ZodType>(schema: T, values: unknown): z.output<T> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new AreaInputError(parsed.error);
  return parsed.data;
}
