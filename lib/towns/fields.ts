// What the town form needs in the browser, apart from lib/towns/schemas.ts (zod). No imports.

/** INSEE commune codes: 5 characters (digits, or 2A/2B for Corsica). */
export const inseeCodeLength = 5;
