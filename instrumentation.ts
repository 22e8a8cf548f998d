// Runs once when a server starts. The check lives in a Node.js-only module, loaded only in the
// Node.js runtime (Next also compiles this file for the Edge runtime).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/security/server-entry-check");
}
