import "server-only";
import { figuresOperations } from "./figures";
import { buildOpenApiDocument } from "./openapi";

// The one place that lists the operations outside the record resources, so the document served
// at /api/v1/openapi.json and the reference page always describe the same API.
let cached: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  cached ??= buildOpenApiDocument([figuresOperations]);
  return cached;
}
