// Runs every API row of tests/authorization/matrix.ts: each caller uses their own API token (none
// for anonymous) on every operation the OpenAPI document lists; allowed writes are audited as the
// token's user, refusals change nothing, and every answer is one the document promises.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { apiOperations } from "@/tests/authorization/matrix";
import { apiCell, registerApiRoutes } from "./api/cells";
import { wrongCells } from "./cells";
import { documentedOperations } from "./discover";

vi.mock("next/headers", () => import("./request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("./next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () => import("./next-modules").then((modules) => modules.nextIntlServerModule));

beforeAll(async () => {
  await registerApiRoutes();
});

describe("the API operations in the authorization matrix", () => {
  it("lists every operation of the OpenAPI document, and only those", () => {
    const documented = documentedOperations();
    expect(
      documented.filter((id) => !(id in apiOperations)),
      "operations without a row in tests/authorization/matrix.ts",
    ).toEqual([]);
    expect(
      Object.keys(apiOperations).filter((id) => !documented.includes(id)),
      "rows naming no documented operation",
    ).toEqual([]);
  });

  for (const id of Object.keys(apiOperations)) {
    it(id, async () => {
      const wrong = await wrongCells("apiOperations", id, (world, actor, caller) => apiCell(id, world, actor, caller));
      expect(wrong, `cells of ${id} that differ from the matrix`).toEqual([]);
    });
  }
});
