import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path of the app, with its query", () => {
    expect(safeCallbackUrl("/missions?status=planned")).toBe("/missions?status=planned");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/sign-in", "/api/auth/signout", undefined])(
    "sends %s to the home page instead",
    (candidate) => {
      expect(safeCallbackUrl(candidate)).toBe("/");
    },
  );
});
