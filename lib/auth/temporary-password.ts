import { randomInt } from "node:crypto";

// No look-alike characters (0/O, 1/l/I): a temporary password is read out or copied by hand.
const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random 16-character temporary password (~92 bits), to be changed at next sign-in. */
export function generateTemporaryPassword(): string {
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join("");
}
