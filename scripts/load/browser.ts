// One virtual user's browser: a cookie jar, next-auth's credentials sign-in (the same requests the
// sign-in page makes), and timed requests whose answers are read to the end.
import type { Outcome, Recorder } from "./stats";

const timeoutMs = 30_000;

export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  private absorb(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const separator = pair.indexOf("=");
      if (separator > 0) this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    this.absorb(response);
    return response;
  }

  /** Signs in through next-auth's credentials endpoint; throws when no session comes back. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, callbackUrl: "/", json: "true" });
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    await response.arrayBuffer();
    if (![...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
      throw new Error(
        `Signing in as ${email} failed (${response.status}): check the password and that the account exists.`,
      );
    }
  }
}

export type Timed = { status: number; body: string; headers: Headers };

/**
 * Sends a request and records how long the whole answer took. 2xx and 3xx are fine; a 409 is a
 * conflict where `conflictsExpected` (two people saving the same record); anything else is an error.
 */
export async function timed(
  recorder: Recorder,
  kind: string,
  send: () => Promise<Response>,
  conflictsExpected = false,
): Promise<Timed | null> {
  const started = performance.now();
  try {
    const response = await send();
    const body = await response.text();
    // A page that sends a signed-in user to the sign-in page has lost their session: an error too.
    const lostSession =
      response.status >= 300 && response.status < 400 && (response.headers.get("location") ?? "").includes("/sign-in");
    const outcome: Outcome =
      response.status < 400 && !lostSession
        ? "ok"
        : response.status === 409 && conflictsExpected
          ? "conflict"
          : "error";
    recorder.record(kind, performance.now() - started, outcome, `${response.status} ${body.slice(0, 120)}`);
    return outcome === "error" ? null : { status: response.status, body, headers: response.headers };
  } catch (error) {
    recorder.record(kind, performance.now() - started, "error", String(error));
    return null;
  }
}
