import { hash } from "@node-rs/argon2";
import type { Prisma } from "@/lib/generated/prisma/client";
import { demoPassword } from "@/prisma/demo/users";

// Accounts for the demo seed, the scripts and the tests alike: the one builder both prisma/ and
// tests/ import (the seed never imports from tests/).

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let sequence = 0;

/** An account with a unique email, its password hashed (the demo password unless given). */
export async function buildUser(
  overrides: Partial<Prisma.UserCreateInput> & { password?: string } = {},
): Promise<Prisma.UserCreateInput> {
  sequence += 1;
  const { password = demoPassword, ...rest } = overrides;
  return {
    email: `user${sequence}@example.test`,
    name: `User ${sequence}`,
    role: "STAFF",
    passwordHash: await hashPassword(password),
    ...rest,
  };
}
