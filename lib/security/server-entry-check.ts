// In production the app must be served by scripts/serve.mjs, which decides each request's client
// address from the socket (TRUSTED_PROXIES): under plain `next start` or the generated standalone
// server.js, a client could choose the address the sign-in lockout, the API budget and the audit
// log use by sending X-Forwarded-For. Refusing to start is better than serving with that hole
// (docs/decisions/005-sessions-and-access.md). Loaded by instrumentation.ts at start-up.
const isProductionServer = process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";
const settlesAddresses =
  (globalThis as Record<symbol, unknown>)[Symbol.for("international-missions.client-address")] === true;

if (isProductionServer && !settlesAddresses) {
  console.error(
    "Serve the app with `npm start` (node scripts/serve.mjs), not `next start` or .next/standalone/server.js: it decides each client's address (see README, Deploying).",
  );
  process.exit(1);
}

export {};
