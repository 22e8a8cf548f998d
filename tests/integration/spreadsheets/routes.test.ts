import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ImportStreamLine } from "@/lib/spreadsheets/import/preview-types";
import { buildUser } from "@/prisma/factories/users";
import { requestAs } from "../authorization/request-scope";
import { testDb } from "../setup/database";
import { csvFile } from "./helpers";

// The spreadsheet routes as a browser calls them: the session cookie, the body, the answer.
vi.mock("next/headers", () => import("../authorization/request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("../authorization/next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () =>
  import("../authorization/next-modules").then((modules) => modules.nextIntlServerModule),
);
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

const townsFile = csvFile(
  ["Town", "INSEE code", "Connected on"],
  [
    ["Nice", "06088", "2015-01-01"],
    ["Èze", "06059", ""],
  ],
);

async function signIn(role: "STAFF" | "MANAGER") {
  const user = await testDb.user.create({ data: await buildUser({ role }) });
  await requestAs(user);
  return user;
}

async function cookie(): Promise<string> {
  const { cookieHeader } = await import("../authorization/request-scope");
  return cookieHeader();
}

async function post(path: string, body: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  const { POST } = await import("@/app/(app)/towns/import/run/route");
  const request = new Request(`http://localhost:3000${path}`, {
    method: "POST",
    body: body as unknown as BodyInit,
    headers: { cookie: await cookie(), host: "localhost:3000", "content-type": "text/csv", ...headers },
  });
  return POST(request);
}

async function lines(response: Response): Promise<ImportStreamLine[]> {
  return (await response.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as ImportStreamLine);
}

describe("the spreadsheet routes", () => {
  beforeEach(() => requestAs(null));

  it("streams progress, then the preview; the commit streams the outcome", async () => {
    await signIn("STAFF");
    const preview = await lines(await post("/towns/import/run?mode=preview", townsFile));
    expect(preview[0]).toEqual({ type: "progress", phase: "reading", done: 0, total: 1 });
    expect(preview.at(-1)).toMatchObject({ type: "preview", preview: { counts: { new: 2, invalid: 0 } } });
    expect(await testDb.town.count()).toBe(0);
    const commit = await lines(await post("/towns/import/run?mode=commit", townsFile));
    expect(commit.some((line) => line.type === "progress" && line.phase === "writing")).toBe(true);
    expect(commit.at(-1)).toMatchObject({ type: "done", outcome: { created: 2, updated: 0, unchanged: 0 } });
    expect(await testDb.town.count()).toBe(2);
  });

  it("refuses a wrong content type, a body over the limit, another site's page and a manager, before reading anything", async () => {
    await signIn("STAFF");
    expect((await post("/towns/import/run", townsFile, { "content-type": "application/json" })).status).toBe(415);
    expect((await post("/towns/import/run", townsFile, { "content-length": String(6 * 1024 * 1024) })).status).toBe(
      413,
    );
    expect((await post("/towns/import/run?mode=commit", townsFile, { origin: "https://evil.example" })).status).toBe(
      403,
    );
    await signIn("MANAGER");
    const refused = await post("/towns/import/run?mode=commit", townsFile);
    expect([refused.status, await refused.text()]).toEqual([403, "Votre rôle ne permet pas d'importer."]);
    expect(await testDb.town.count()).toBe(0);
  });

  it("explains a file it cannot read in the stream, and writes nothing", async () => {
    await signIn("STAFF");
    // No declared length: the body is counted as it arrives and refused past the limit.
    const huge = await lines(
      await post("/towns/import/run?mode=commit", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41)),
    );
    expect(huge.at(-1)).toEqual({
      type: "error",
      message: "Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.",
    });
    const answer = await lines(
      await post("/towns/import/run?mode=commit", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])),
    );
    expect(answer.at(-1)).toEqual({
      type: "error",
      message: "C'est un classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou CSV.",
    });
  });

  it("downloads the filtered list with a dated file name, and only for those who may read it", async () => {
    const { GET } = await import("@/app/(app)/towns/export/route");
    const request = async (query: string) =>
      new Request(`http://localhost:3000/towns/export?${query}`, { headers: { cookie: await cookie() } });
    expect((await GET(await request("format=csv"))).status).toBe(401);
    await testDb.town.createMany({
      data: [
        { name: "Nice", inseeCode: "06088" },
        { name: "Vence", inseeCode: "06157" },
      ],
    });
    await signIn("MANAGER");
    const response = await GET(await request("q=ven&format=xlsx"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="towns-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const { readSpreadsheet } = await import("@/lib/spreadsheets/read-spreadsheet");
    expect((await readSpreadsheet(new Uint8Array(await response.arrayBuffer()))).rows.map((row) => row[0])).toEqual([
      "Commune",
      "Vence",
    ]);
    expect((await GET(await request("format=pdf"))).status).toBe(400);
  });
});
