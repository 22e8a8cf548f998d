// The client's address for rate limits and the audit log. Behind a load balancer the address is in
// X-Forwarded-For (its first entry); deployments must make the proxy overwrite, not append to, any
// value the client sent (README, "Several instances"). Without a proxy Next sets it itself.
export function clientIpFrom(headers: Headers | Record<string, string | string[] | undefined>): string {
  const read = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || read("x-real-ip")?.trim() || "unknown").slice(0, 64);
}
