// The client's address, for the sign-in lockout, the API budget and the audit log: the one
// X-Forwarded-For entry the server entry (scripts/serve.mjs, scripts/client-address.mjs) writes
// on every request from the socket's peer and TRUSTED_PROXIES, replacing whatever the client sent
// (docs/decisions/005-sessions-and-access.md). Everything that needs the address reads it here.
export function clientIpFrom(headers: Headers | Record<string, string | string[] | undefined>): string {
  const value =
    headers instanceof Headers ? headers.get("x-forwarded-for") : [headers["x-forwarded-for"] ?? []].flat()[0];
  return (value?.split(",")[0]?.trim() || "unknown").slice(0, 64);
}
