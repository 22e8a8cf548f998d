import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// The ~49,000 most common passwords, as maintained by the zxcvbn-ts project (no network needed).
const commonPasswords = new Set(dictionary["passwords-common"].map((password) => password.toLowerCase()));

/** True when the password is one of the most common ones (compared without case). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
