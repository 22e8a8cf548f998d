import { describe, expect, it } from "vitest";
import { hasUnusableCallbackUrl, isFormPost } from "./callback-url-guard";

const base = "http://localhost:3000";
const post = (body: string, type = "application/x-www-form-urlencoded") =>
  new Request(`${base}/api/auth/callback/credentials`, { method: "POST", headers: { "content-type": type }, body });

describe("callback URLs next-auth would fail on", () => {
  it("are found in the query, the callback cookie and the sign-in form", async () => {
    expect(
      await hasUnusableCallbackUrl(new Request(`${base}/api/auth/signin?callbackUrl=..%2Fetc%2Fpasswd`), base),
    ).toBe(true);
    expect(
      await hasUnusableCallbackUrl(
        new Request(`${base}/api/auth/session`, { headers: { cookie: "a=1; next-auth.callback-url=%00" } }),
        base,
      ),
    ).toBe(true);
    expect(await hasUnusableCallbackUrl(post("email=a%40b.c&callbackUrl=%00"), base)).toBe(true);
  });

  it("come only in forms: next-auth throws on any other body, so the route refuses those first", () => {
    expect(isFormPost(post("email=a"))).toBe(true);
    expect(isFormPost(post("email=a", "application/x-www-form-urlencoded; charset=UTF-8"))).toBe(true);
    expect(isFormPost(post('{"callbackUrl":"javascript:alert(1)"}', "application/json"))).toBe(false);
    expect(isFormPost(post("{bad", "text/plain"))).toBe(false);
    expect(isFormPost(new Request(`${base}/api/auth/signout`, { method: "POST" }))).toBe(false);
  });

  it("leave what the sign-in page and next-auth themselves send", async () => {
    expect(await hasUnusableCallbackUrl(new Request(`${base}/api/auth/csrf`), base)).toBe(false);
    expect(
      await hasUnusableCallbackUrl(
        new Request(`${base}/api/auth/session`, {
          headers: { cookie: "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000" },
        }),
        base,
      ),
    ).toBe(false);
    expect(
      await hasUnusableCallbackUrl(
        post("csrfToken=x&email=a%40b.c&password=p&callbackUrl=%2Fmissions%3Fyear%3D2016&json=true"),
        base,
      ),
    ).toBe(false);
  });
});
