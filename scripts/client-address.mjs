// The client's address, decided once per request by the server entry (scripts/serve.mjs) before
// Next.js sees the request (docs/decisions/005-sessions-and-access.md). The socket's peer is the
// client, unless it is a proxy listed in TRUSTED_PROXIES: then X-Forwarded-For is read from the
// right, each trusted proxy's entry skipped, and the first address no trusted proxy stands for is
// the client's. A client therefore cannot choose its own address by sending the header. Plain
// JavaScript: the production server runs it without a TypeScript toolchain.
import { BlockList, isIP } from "node:net";

/** An IPv4 address as IPv6 sockets report it ("::ffff:10.0.0.1") is the IPv4 address. */
function normalise(address) {
  const text = String(address ?? "").trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (mapped) return mapped[1];
  // "[2001:db8::1]:443" and "203.0.113.7:5678": proxies that write a port with the address.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) return bracketed[1];
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text);
  return withPort ? withPort[1] : text;
}

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, IPv4 or IPv6 ("10.0.0.0/8, ::1").
 * Empty: no proxy is trusted. Throws, naming the entry, on anything else.
 * @param {string | undefined} setting
 * @returns {BlockList}
 */
export function parseTrustedProxies(setting) {
  const list = new BlockList();
  for (const entry of (setting ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    const isValid =
      family !== 0 &&
      rest.length === 0 &&
      Number.isInteger(bits) &&
      bits >= 0 &&
      bits <= (family === 6 ? 128 : 32) &&
      (prefix === undefined || /^\d+$/.test(prefix));
    if (!isValid) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (see .env.example).`);
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

/** @param {BlockList} trusted @param {string} address */
function isTrusted(trusted, address) {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address for a request that came from `socketAddress` with these X-Forwarded-For
 * values (a header may be repeated).
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {BlockList} trusted
 * @returns {string}
 */
export function resolveClientAddress(socketAddress, forwardedFor, trusted) {
  let client = normalise(socketAddress) || "unknown";
  if (!isTrusted(trusted, client)) return client;
  const hops = [forwardedFor ?? []].flat().join(",").split(",").map(normalise).filter(Boolean);
  for (const hop of hops.reverse()) {
    // An entry that is no address ends the chain: the last proxy trusted stands for the client.
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!isTrusted(trusted, hop)) return client;
  }
  return client;
}

/** Headers a proxy sets for its client; from anyone else they are the client's own claims. */
const proxyHeaders = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

/**
 * Rewrites a Node.js request's headers so that the app reads one trustworthy address: a single
 * X-Forwarded-For entry. Forwarded host and scheme stay only when a trusted proxy sent them.
 * @param {import("node:http").IncomingMessage} request
 * @param {BlockList} trusted
 */
export function settleClientAddress(request, trusted) {
  const peer = normalise(request.socket.remoteAddress);
  const address = resolveClientAddress(peer, request.headers["x-forwarded-for"], trusted);
  if (!isTrusted(trusted, peer)) for (const name of proxyHeaders) delete request.headers[name];
  else delete request.headers["x-real-ip"];
  request.headers["x-forwarded-for"] = address;
}
