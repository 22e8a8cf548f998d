import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path of the app, with its query", () => {
    expect(safeCallbackUrl("/missions?status=planned")).toBe("/missions?status=planned");
    expect(safeCallbackUrl("/missions/./abc#outcomes")).toBe("/missions/abc#outcomes");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/sign-in",
    "/api/auth/signout",
    undefined,
    "",
  ])("sends %s to the home page instead", (candidate) => {
    expect(safeCallbackUrl(candidate)).toBe("/");
  });

  // What a browser's URL parser does before resolving a link: each of these would leave the app.
  it.each([
    "/\t/evil.invalid/x",
    "/\n/evil.invalid",
    "/\r\n/evil.invalid",
    " //evil.invalid",
    "\u0000//evil.invalid",
    "/..//evil.invalid/x",
    "/./\\evil.invalid",
    "/%09/../\t/evil.invalid",
  ])("sends the browser-normalised %j to the home page", (candidate) => {
    expect(safeCallbackUrl(candidate)).toBe("/");
  });

  it("never returns a value a Location header cannot carry", () => {
    for (const candidate of ["/x\ny", "/x\r\ny", "/é?q=à", "/x%0Ay"]) {
      expect(safeCallbackUrl(candidate), JSON.stringify(candidate)).toMatch(/^\/[\x21-\x7e]*$/);
    }
  });
});
