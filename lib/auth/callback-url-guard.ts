import { sessionCookieNames } from "./session-cookies";

// next-auth cannot cope with a callbackUrl it cannot parse: in the query or its cookie it answers
// 500 ("a problem with the server configuration"), in a sign-in form it throws (docs/reliability.md,
// fuzzing). Such requests come from broken or hostile clients only — the sign-in page sends
// lib/auth/callback-url.ts's safe paths — so they are refused as the bad requests they are.

const callbackCookieNames = sessionCookieNames.map((name) => name.replace("session-token", "callback-url"));

/** next-auth's own rule (core/lib/assert.js): an http(s) URL, or a path resolved against the app's URL. */
function isUsable(url: string, baseUrl: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith("/") ? baseUrl : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValue(header: string | null, name: string): string | undefined {
  const pair = header
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`));
  if (pair === undefined) return undefined;
  try {
    return decodeURIComponent(pair.slice(name.length + 1));
  } catch {
    return pair.slice(name.length + 1);
  }
}

async function bodyCallbackUrls(request: Request): Promise<string[]> {
  if (request.method !== "POST" || !isFormPost(request)) return [];
  return new URLSearchParams(await request.clone().text()).getAll("callbackUrl");
}

/** next-auth reads POST bodies as forms (its own client sends urlencoded forms); anything else makes it throw. */
export function isFormPost(request: Request): boolean {
  return (
    (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase() ===
    "application/x-www-form-urlencoded"
  );
}

/** Whether the request carries a callbackUrl (query, cookie or form) next-auth would fail on. */
export async function hasUnusableCallbackUrl(request: Request, baseUrl: string): Promise<boolean> {
  const candidates = [
    // Repeated parameters: next-auth reads the last one, so each is checked.
    ...new URL(request.url).searchParams.getAll("callbackUrl"),
    ...callbackCookieNames.map((name) => cookieValue(request.headers.get("cookie"), name)),
    ...(await bodyCallbackUrls(request)),
  ];
  return candidates.some((url) => url !== undefined && url !== "" && !isUsable(url, baseUrl));
}
