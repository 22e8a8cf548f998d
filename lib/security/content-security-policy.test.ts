import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";

describe("contentSecurityPolicy", () => {
  it("allows only nonce'd scripts and forbids eval, plugins, <base> and framing in production", () => {
    const policy = contentSecurityPolicy("abc123", false);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(policy).toContain(directive);
  });

  it("adds 'unsafe-eval' in development only, for React's dev tools", () => {
    expect(contentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
  });
});
