// The matrix's measuring instruments, checked: a refusal "changed nothing" only means something
// if the fingerprint notices the smallest change, and an outcome is only as good as its reading.
import { describe, expect, it, vi } from "vitest";
import { testDb } from "../setup/database";
import { runServerAction } from "./action-outcome";
import { changedTables, createWorld, databaseFingerprint } from "./world";

vi.mock("next-intl/server", () => import("./next-modules").then((modules) => modules.nextIntlServerModule));
vi.mock("next/headers", () => import("./request-scope").then((scope) => scope.nextHeadersModule));

describe("the matrix's instruments", () => {
  it("the fingerprint notices one changed column of one row, and nothing else", async () => {
    const world = await createWorld();
    const before = await databaseFingerprint();
    expect(changedTables(before, await databaseFingerprint())).toEqual([]);
    await testDb.partner.update({ where: { id: world.partnerB }, data: { isActive: false } });
    expect(changedTables(before, await databaseFingerprint())).toEqual(["Partner"]);
  });

  it("reads Next's navigation errors and the actions' results as the browser would", async () => {
    const redirectTo = (url: string) =>
      Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
    expect(
      (
        await runServerAction(async () => {
          throw redirectTo("/sign-in");
        }, new FormData())
      ).outcome,
    ).toBe("sign-in");
    expect(
      (
        await runServerAction(async () => {
          throw redirectTo("/missions/m1");
        }, new FormData())
      ).outcome,
    ).toBe("ok");
    expect(
      (
        await runServerAction(async () => {
          throw Object.assign(new Error("403"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
        }, new FormData())
      ).outcome,
    ).toBe("403");
    expect(
      (await runServerAction(async () => ({ ok: false, message: "Certains champs sont à corriger." }), new FormData()))
        .outcome,
    ).toBe("failed");
    expect(
      (
        await runServerAction(async () => {
          throw new Error("boom");
        }, new FormData())
      ).outcome,
    ).toBe("failed");
  });
});
