// The lengths the account forms accept, apart from lib/auth/schemas.ts so that a form shows them
// without bringing zod to the browser. No imports.

export const passwordMinLength = 12;
export const passwordMaxLength = 128;
/** RFC 5321's limit on an address's length. */
export const maxEmailLength = 254;
export const maxUserNameLength = 120;
