import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { DomainError } from "@/lib/action-result";
import { isCommonPassword } from "./password-policy";

export { verify as verifyPassword };

/** argon2id with the library's defaults (OWASP's recommended minimum: 19 MiB, 2 passes). */
export async function hashNewPassword(password: string): Promise<string> {
  if (isCommonPassword(password)) throw new DomainError("commonPassword", { newPassword: ["commonPassword"] });
  return hash(password);
}

// Also used by `npm run user:admin`, outside Next, hence its own module.
export { generateTemporaryPassword } from "./temporary-password";
