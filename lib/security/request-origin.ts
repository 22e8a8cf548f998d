// Which requests may change something: a form post, a server action or an import from a page of
// the app itself, at its public address (NEXTAUTH_URL). Next.js's own check of server actions lets
// a request without an Origin header through, compares hosts but not schemes, and answers a
// foreign origin with a 500; proxy.ts applies this rule first, to every request but reads and the
// API (which authenticates each call with a token). No server imports: proxy.ts and tests use it.

const readMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginVerdict = { ok: true } | { ok: false; reason: "missing" | "foreign"; origin: string | null };

/** Whether a request with this method and Origin header may write, the app being at `publicUrl`. */
export function checkWriteOrigin(method: string, origin: string | null, publicUrl: string): OriginVerdict {
  if (readMethods.has(method.toUpperCase())) return { ok: true };
  if (!origin || origin === "null") return { ok: false, reason: "missing", origin };
  let expected: string;
  try {
    expected = new URL(publicUrl).origin;
  } catch {
    return { ok: false, reason: "foreign", origin };
  }
  // The exact origin: scheme, host and port, so https:// and http:// of one host are not the same.
  return origin === expected ? { ok: true } : { ok: false, reason: "foreign", origin };
}

/** The 403 answer's text: says what came, and what the app expected, for whoever set the address. */
export function refusedOriginMessage(verdict: Extract<OriginVerdict, { ok: false }>, publicUrl: string): string {
  const expected = (() => {
    try {
      return new URL(publicUrl).origin;
    } catch {
      return publicUrl;
    }
  })();
  return verdict.reason === "missing"
    ? `Refused: this request would change data but says nothing of the page it comes from (no Origin header). Send it from the app at ${expected}.`
    : `Refused: this request comes from ${verdict.origin ?? "elsewhere"}, not from the app at ${expected} (NEXTAUTH_URL). Open the app at that address.`;
}
