import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress, settleClientAddress } from "./client-address.mjs";

const none = parseTrustedProxies("");
const balancer = parseTrustedProxies("10.0.0.0/8, ::1, 192.0.2.10");

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the headers say", () => {
    expect(resolveClientAddress("198.51.100.4", "203.0.113.9", none)).toBe("198.51.100.4");
    expect(resolveClientAddress("::ffff:198.51.100.4", ["1.1.1.1", "2.2.2.2"], none)).toBe("198.51.100.4");
  });

  it("is the socket's peer when that peer is not a trusted proxy", () => {
    expect(resolveClientAddress("198.51.100.4", "203.0.113.9", balancer)).toBe("198.51.100.4");
  });

  it("is read from X-Forwarded-For behind a trusted proxy, from the right", () => {
    expect(resolveClientAddress("10.1.2.3", "203.0.113.9", balancer)).toBe("203.0.113.9");
    // A client's own X-Forwarded-For is kept by an appending proxy: the proxy's entry is the truth.
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 203.0.113.9", balancer)).toBe("203.0.113.9");
    // Two trusted proxies in a row.
    expect(resolveClientAddress("::1", ["203.0.113.9, 10.9.9.9"], balancer)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.1.2.3", "[2001:db8::7]:443", balancer)).toBe("2001:db8::7");
    expect(resolveClientAddress("10.1.2.3", "203.0.113.9:5678", balancer)).toBe("203.0.113.9");
  });

  it("stops at the last trusted proxy when the header holds no address", () => {
    expect(resolveClientAddress("10.1.2.3", "not an address", balancer)).toBe("10.1.2.3");
    expect(resolveClientAddress("10.1.2.3", undefined, balancer)).toBe("10.1.2.3");
    expect(resolveClientAddress("10.1.2.3", "evil, 10.4.4.4", balancer)).toBe("10.4.4.4");
  });

  it("refuses a setting that is not addresses or ranges", () => {
    for (const setting of ["10.0.0.0/33", "localhost", "10.0.0.1/abc", "::1/129", "10.0.0.0/8/8"]) {
      expect(() => parseTrustedProxies(setting), setting).toThrow(/TRUSTED_PROXIES/);
    }
  });

  it("leaves the request with one address and no forwarded claims from an untrusted client", () => {
    const request = {
      socket: { remoteAddress: "198.51.100.4" },
      headers: {
        "x-forwarded-for": "203.0.113.9",
        "x-real-ip": "203.0.113.9",
        "x-forwarded-host": "evil.invalid",
        "x-forwarded-proto": "https",
      },
    } as unknown as IncomingMessage;
    settleClientAddress(request, balancer);
    expect(request.headers).toEqual({ "x-forwarded-for": "198.51.100.4" });
  });

  it("keeps a trusted proxy's forwarded host and scheme", () => {
    const request = {
      socket: { remoteAddress: "10.0.0.2" },
      headers: {
        "x-forwarded-for": "203.0.113.9",
        "x-real-ip": "6.6.6.6",
        "x-forwarded-host": "ri.example.org",
        "x-forwarded-proto": "https",
      },
    } as unknown as IncomingMessage;
    settleClientAddress(request, balancer);
    expect(request.headers).toEqual({
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "ri.example.org",
      "x-forwarded-proto": "https",
    });
  });
});
