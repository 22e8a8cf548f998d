import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createApiTokenAction, createCalendarFeedAction, revokeAccessTokenAction } from "@/lib/account/actions";
import { findTokenUser, listAccessTokens } from "@/lib/api/tokens";
import type { ActingUser } from "@/lib/auth/session-user";
import { calendarFeedResponse } from "@/lib/calendar-export/feed";
import { loadMessages } from "@/lib/i18n/messages";
import { auditActions, createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

// The integrations page's server actions, called as the page calls them. Only what exists inside a
// running Next server is stood in for: the session (the signed-in user), revalidation, and
// next-intl's request-bound translations (the real French catalogue).

const request = vi.hoisted(() => ({ user: null as ActingUser | null, revalidated: [] as string[] }));

vi.mock("@/lib/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth")>()),
  requireUser: async () => {
    if (!request.user) throw new Error("redirect to /sign-in");
    return request.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void request.revalidated.push(path) }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: "fr-FR", messages: await loadMessages("fr"), namespace: namespace as never }),
}));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeEach(() => {
  request.user = null;
  request.revalidated.length = 0;
});

describe("the integrations page's actions", () => {
  it("make an API token for the signed-in user, partners included, shown once and listed", async () => {
    request.user = await createActingUser("PARTNER");
    const result = await createApiTokenAction(null, form({ name: "  Outil de l'OTCN  " }));
    if (!result.ok) throw new Error(result.message);
    expect(result.data.name).toBe("Outil de l'OTCN");
    expect(await findTokenUser(result.data.secret, "API")).toMatchObject({
      id: request.user.id,
      role: "PARTNER",
      partnerId: request.user.partnerId,
    });
    expect((await listAccessTokens(request.user, "API")).map((token) => [token.name, token.prefix])).toEqual([
      ["Outil de l'OTCN", result.data.secret.slice(0, 10)],
    ]);
    expect(request.revalidated).toEqual(["/account/integrations"]);
    expect(await auditActions()).toEqual(["accessToken.create"]);
  });

  it("refuse a missing or too long name, say why next to the field, and make nothing", async () => {
    request.user = await createActingUser("STAFF");
    const empty = await createApiTokenAction(null, form({ name: "   " }));
    expect(empty).toMatchObject({
      ok: false,
      message: "Certains champs sont à corriger.",
      fieldErrors: { name: ["Ce champ est obligatoire."] },
    });
    const long = await createCalendarFeedAction(null, form({ name: "x".repeat(101) }));
    expect(long).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Ce texte est trop long."] },
      values: { name: "x".repeat(101) },
    });
    expect(await testDb.accessToken.count()).toBe(0);
    expect(request.revalidated).toEqual([]);
  });

  it("make a calendar feed whose absolute address a calendar app can read", async () => {
    request.user = await createActingUser("MANAGER");
    const result = await createCalendarFeedAction(null, form({ name: "Outlook" }));
    if (!result.ok) throw new Error(result.message);
    const address = new URL(result.data.secret);
    expect(address.origin).toBe("http://localhost:3000");
    expect(address.pathname).toMatch(/^\/api\/calendar\/imc_[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await calendarFeedResponse(address.pathname.split("/").pop()!);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  });

  it("revoke the user's own token, and not someone else's", async () => {
    const owner = await createActingUser("STAFF");
    request.user = owner;
    const created = await createApiTokenAction(null, form({ name: "CI" }));
    if (!created.ok) throw new Error(created.message);
    const [token] = await listAccessTokens(owner, "API");

    request.user = await createActingUser("STAFF");
    expect(await revokeAccessTokenAction(null, form({ id: token!.id }))).toEqual({
      ok: false,
      message: "Cette fiche n'existe pas.",
    });
    expect(await findTokenUser(created.data.secret, "API")).not.toBeNull();

    request.user = owner;
    expect(await revokeAccessTokenAction(null, form({ id: token!.id }))).toEqual({ ok: true, data: undefined });
    expect(await findTokenUser(created.data.secret, "API")).toBeNull();
    expect(await listAccessTokens(owner, "API")).toEqual([]);
  });

  it("send a signed-out visitor to sign in before anything is made", async () => {
    await expect(createApiTokenAction(null, form({ name: "CI" }))).rejects.toThrow("redirect to /sign-in");
    expect(await testDb.accessToken.count()).toBe(0);
  });
});
