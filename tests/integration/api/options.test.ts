// GET /api/options/<kind>: the session decides (lib/auth's getCurrentUser, replaced here by the
// test's user), the query string is bounded, and the answer is JSON no cache keeps. Who may ask
// for which kind is the authorization matrix's (tests/authorization/matrix.ts).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActingUser } from "@/lib/auth";
import { GET as getDestinations } from "@/app/api/options/destinations/route";
import { GET as getMissions } from "@/app/api/options/missions/route";
import { GET as getPartners } from "@/app/api/options/partners/route";
import { createMission } from "@/lib/missions/mutations";
import { buildMissionInput } from "@/tests/factories/missions";
import { buildPartner } from "@/tests/factories/partners";
import { buildDestination } from "@/tests/factories/reference";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const session = vi.hoisted(() => ({ user: null as ActingUser | null }));
vi.mock("@/lib/auth", async (original) => ({
  ...(await original<typeof import("@/lib/auth")>()),
  getCurrentUser: async () => session.user,
}));

const ask = (route: (request: Request) => Promise<Response>, query: string) =>
  route(new Request(`http://localhost:3000/api/options/x?${query}`));

beforeEach(() => {
  session.user = null;
});

describe("GET /api/options/<kind>", () => {
  it("answers the matches as JSON, bounded by limit (50 at most), and never cached", async () => {
    await testDb.partner.createMany({ data: Array.from({ length: 55 }, () => buildPartner()) });
    session.user = await createActingUser("STAFF");
    const response = await ask(getPartners, "q=partner&limit=2");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { options: { id: string; label: string }[] };
    expect(body.options).toHaveLength(2);
    expect(body.options[0]).toEqual({ id: expect.any(String), label: expect.stringMatching(/^Partner \d+ \(P\d+\)$/) });
    expect(((await (await ask(getPartners, "limit=1000")).json()) as { options: unknown[] }).options).toHaveLength(50);
    expect(((await (await ask(getPartners, "limit=abc")).json()) as { options: unknown[] }).options).toHaveLength(20);
  });

  it("refuses a visitor without a session (401), a partner user asking for partners (403) and a pending password change (403)", async () => {
    expect((await ask(getDestinations, "q=")).status).toBe(401);
    session.user = await createActingUser("PARTNER");
    expect((await ask(getPartners, "q=")).status).toBe(403);
    session.user = { ...(await createActingUser("STAFF")), mustChangePassword: true };
    expect((await ask(getDestinations, "q=")).status).toBe(403);
  });

  it("gives a partner user only the missions their organisation takes part in", async () => {
    const admin = await createActingUser("ADMIN");
    const partnerUser = await createActingUser("PARTNER");
    const other = (await testDb.partner.create({ data: buildPartner() })).id;
    const destinationId = (await testDb.destination.create({ data: buildDestination() })).id;
    for (const [title, partnerId] of [
      ["Mission ours", partnerUser.partnerId!],
      ["Mission theirs", other],
    ] as const) {
      await createMission(
        admin,
        buildMissionInput([destinationId], {
          title,
          partners: [{ partnerId, role: "PARTICIPANT", contributionCents: 0 }],
        }),
      );
    }
    session.user = partnerUser;
    const body = (await (await ask(getMissions, "q=mission")).json()) as { options: { label: string }[] };
    expect(body.options.map((option) => option.label)).toEqual(["Mission ours"]);
  });
});
