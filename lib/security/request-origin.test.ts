import { describe, expect, it } from "vitest";
import { checkWriteOrigin, refusedOriginMessage } from "./request-origin";

const app = "http://127.0.0.1:3100";

describe("who may write", () => {
  it("lets every read through, whatever its origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"])
      expect(checkWriteOrigin(method, "https://evil.invalid", app)).toEqual({ ok: true });
  });

  it("lets a write from the app's own origin through", () => {
    expect(checkWriteOrigin("POST", "http://127.0.0.1:3100", app)).toEqual({ ok: true });
    expect(checkWriteOrigin("POST", "https://ri.example.org", "https://ri.example.org/")).toEqual({ ok: true });
  });

  it("refuses a write without an Origin, from another site, another scheme or another port", () => {
    expect(checkWriteOrigin("POST", null, app)).toMatchObject({ ok: false, reason: "missing" });
    expect(checkWriteOrigin("POST", "null", app)).toMatchObject({ ok: false, reason: "missing" });
    for (const origin of [
      "https://evil.invalid",
      "https://127.0.0.1:3100",
      "http://127.0.0.1:3101",
      "http://localhost:3100",
      "http://127.0.0.1:3100.evil.invalid",
    ]) {
      expect(checkWriteOrigin("POST", origin, app), origin).toMatchObject({ ok: false, reason: "foreign" });
    }
    expect(checkWriteOrigin("PUT", "https://evil.invalid", app)).toMatchObject({ ok: false });
  });

  it("says what came and what was expected", () => {
    const verdict = checkWriteOrigin("POST", "http://localhost:3100", app);
    if (verdict.ok) throw new Error("accepted");
    expect(refusedOriginMessage(verdict, app)).toContain("http://localhost:3100");
    expect(refusedOriginMessage(verdict, app)).toContain("http://127.0.0.1:3100");
  });
});
