import path from "node:path";

export type DemoRole = "admin" | "staff" | "manager" | "partner" | "otherPartner" | "languageTester";

/** A staff account created by serve.ts for the test that changes the saved language. */
export const languageTesterEmail = "language-tester@example.test";

/** Where auth.setup.ts keeps each role's signed-in browser state. */
export function storageStatePath(role: DemoRole): string {
  return path.join("test-results", ".auth", `${role}.json`);
}

/** For tests that must start signed out. */
export const signedOut = { cookies: [], origins: [] };
