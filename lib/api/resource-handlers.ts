import "server-only";
import { z } from "zod";
import { apiRoute, jsonResponse, type ApiContext } from "./handler";
import { etag, readExpectedVersion, readJsonBody, readListQuery } from "./input";
import { ApiProblem } from "./problem";
import { updateBodyOf, type ApiResource } from "./resource";
import { findResource } from "@/lib/api/resources";

// The handlers of every /api/v1/<resource> route, generic over the resource definitions.

function resourceOf(context: ApiContext): ApiResource {
  const resource = findResource(context.params.resource ?? "");
  if (!resource) throw new ApiProblem("notFound", `There is no resource "${context.params.resource}".`);
  return resource;
}

function notAllowed(allowed: string[]): never {
  throw new ApiProblem("methodNotAllowed", `This resource allows ${allowed.join(", ")}.`, {
    headers: { Allow: allowed.join(", ") },
  });
}

function assertCanWrite(resource: ApiResource, context: ApiContext): void {
  if (!resource.canWrite(context.user)) throw new ApiProblem("forbidden", context.t.error("forbidden"));
}

async function recordResponse(resource: ApiResource, context: ApiContext, id: string, status = 200): Promise<Response> {
  const record = await resource.get(context.user, id);
  if (!record) throw new ApiProblem("notFound", context.t.error("notFound"));
  const headers: Record<string, string> = { ETag: etag(record.version) };
  if (status === 201) headers.Location = `/api/v1/${resource.name}/${encodeURIComponent(id)}`;
  return jsonResponse(record, { status, headers });
}

const collectionMethods = (resource: ApiResource) => ["GET", ...(resource.create ? ["POST"] : [])];
const itemMethods = (resource: ApiResource) => [
  "GET",
  ...(resource.update ? ["PUT"] : []),
  ...(resource.archive ? ["DELETE"] : []),
];

export const listRecords = apiRoute(async (context) => {
  const resource = resourceOf(context);
  const params = readListQuery(new URL(context.request.url), resource.listQuery) as { page: number; pageSize: number };
  const { rows, total } = await resource.list(context.user, params);
  return jsonResponse({ data: rows, page: params.page, pageSize: params.pageSize, total });
});

export const createRecord = apiRoute(async (context) => {
  const resource = resourceOf(context);
  if (!resource.create || !resource.body) notAllowed(collectionMethods(resource));
  assertCanWrite(resource, context);
  const body = await readJsonBody(context.request, resource.body, context.t);
  const { id } = await resource.create(context.user, body);
  return recordResponse(resource, context, id, 201);
});

export const getRecord = apiRoute(async (context) =>
  recordResponse(resourceOf(context), context, context.params.id ?? ""),
);

export const updateRecord = apiRoute(async (context) => {
  const resource = resourceOf(context);
  if (!resource.update || !resource.body) notAllowed(itemMethods(resource));
  assertCanWrite(resource, context);
  const { version, ...body } = (await readJsonBody(context.request, updateBodyOf(resource.body), context.t)) as {
    version?: number;
  };
  const id = context.params.id ?? "";
  await resource.update(context.user, id, readExpectedVersion(context.request, version), body);
  return recordResponse(resource, context, id);
});

export const archiveRecord = apiRoute(async (context) => {
  const resource = resourceOf(context);
  if (!resource.archive) notAllowed(itemMethods(resource));
  assertCanWrite(resource, context);
  const id = context.params.id ?? "";
  await resource.archive(context.user, id, readExpectedVersion(context.request, undefined));
  return recordResponse(resource, context, id);
});

/** POST /<resource>/<id>/restore with If-Match or `{ "version": n }`. */
export const restoreRecord = apiRoute(async (context) => {
  const resource = resourceOf(context);
  if (!resource.restore) throw new ApiProblem("notFound", `${resource.title} cannot be restored.`);
  assertCanWrite(resource, context);
  const hasBody = context.request.headers.get("content-type") !== null;
  const body = hasBody
    ? ((await readJsonBody(context.request, updateBodyOf(z.strictObject({})), context.t)) as { version?: number })
    : {};
  const id = context.params.id ?? "";
  await resource.restore(context.user, id, readExpectedVersion(context.request, body.version));
  return recordResponse(resource, context, id);
});

/** POST /<resource>/<id>/status with `{ "status": …, "version": n }`. */
export const changeRecordStatus = apiRoute(async (context) => {
  const resource = resourceOf(context);
  if (!resource.changeStatus || !resource.statusBody)
    throw new ApiProblem("notFound", `${resource.title} have no status.`);
  if (!(resource.canChangeStatus ?? resource.canWrite)(context.user))
    throw new ApiProblem("forbidden", context.t.error("forbidden"));
  const { version, ...body } = (await readJsonBody(context.request, updateBodyOf(resource.statusBody), context.t)) as {
    version?: number;
  };
  const id = context.params.id ?? "";
  await resource.changeStatus(context.user, id, readExpectedVersion(context.request, version), body);
  return recordResponse(resource, context, id);
});
