// Where to go after signing in: a path of this app only, never another site (open redirect).
// The candidate is read the way a browser will read it once it is a Location or a link: tabs and
// newlines dropped, surrounding spaces and control characters trimmed, backslashes taken for
// slashes. "/\t/evil.invalid" would otherwise pass a "starts with one slash" test and reach the
// browser as "//evil.invalid". No server imports: the sign-in page and its form use it.

const base = "http://app.invalid";

/** Leading "//" (after normalising) is another host to a browser. */
const isOtherHost = (path: string) => path.startsWith("//");

/** A same-origin path for `candidate`, or "/" (which sends each role to its home). */
export function safeCallbackUrl(candidate: string | undefined): string {
  if (!candidate) return "/";
  const cleaned = candidate
    .replace(/[\t\n\r]/g, "")
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .replaceAll("\\", "/");
  if (!cleaned.startsWith("/") || isOtherHost(cleaned)) return "/";
  let url: URL;
  try {
    url = new URL(cleaned, base);
  } catch {
    return "/";
  }
  // Resolving dot segments can leave "//" again ("/..//evil.invalid").
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== base || isOtherHost(path)) return "/";
  if (path.startsWith("/sign-in") || path.startsWith("/api/")) return "/";
  return path;
}
