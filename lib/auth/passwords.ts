import "server-only";
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { DomainError } from "@/lib/action-result";
import { isCommonPassword } from "./password-policy";

export { verify as verifyPassword };

/** argon2id with the library's defaults (OWASP's recommended minimum: 19 MiB, 2 passes). */
export async function hashNewPassword(password: string): Promise<string> {
  if (isCommonPassword(password)) throw new DomainError("commonPassword", { newPassword: ["commonPassword"] });
  return hash(password);
}

// No look-alike characters (0/O, 1/l/I): a temporary password is read out or copied by hand.
const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random 16-character temporary password (~92 bits), to be changed at next sign-in. */
export function generateTemporaryPassword(): string {
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join("");
}
