// `npm run --silent user:admin -- --email <email> --name "<name>"`: the first administrator of a new
// installation (or a new one when every admin left). Only the demo seed makes accounts otherwise,
// and its password is public. Prints a temporary password that must be changed at first sign-in;
// the account is audited as made by nobody (the command line). Uses DATABASE_URL, or the demo's
// embedded database like `npm run token`.
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import { recordAudit } from "@/lib/audit";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import { createPrismaClient } from "@/lib/prisma-client";
import { CommandLineError, openDatabase } from "./token/database";

const usage = 'Usage: npm run --silent user:admin -- --email <email> --name "<full name>"';

function readArguments(): { email: string; name: string } {
  let values: { email?: string; name?: string };
  try {
    values = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } }, strict: true }).values;
  } catch (error) {
    throw new CommandLineError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const email = values.email?.trim().toLowerCase() ?? "";
  const name = values.name?.trim() ?? "";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    throw new CommandLineError(`Give a valid --email.\n${usage}`);
  if (name === "" || name.length > 120) throw new CommandLineError(`Give a --name of 1 to 120 characters.\n${usage}`);
  return { email, name };
}

async function main(): Promise<void> {
  const { email, name } = readArguments();
  const database = await openDatabase(process.env);
  const client = createPrismaClient(database.url, 1);
  try {
    const temporaryPassword = generateTemporaryPassword();
    const passwordHash = await hash(temporaryPassword);
    await client.$transaction(async (tx) => {
      if (await tx.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true } })) {
        throw new CommandLineError(
          `An account already uses ${email}: reset its password from the administration pages instead.`,
        );
      }
      const user = await tx.user.create({
        data: { email, name, role: "ADMIN", passwordHash, mustChangePassword: true },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: null,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        changes: {
          email: { before: null, after: email },
          name: { before: null, after: name },
          role: { before: null, after: "ADMIN" },
          via: "command line",
        },
      });
    });
    process.stdout.write(
      `Administrator ${email} created. Temporary password (to change at first sign-in): ${temporaryPassword}\n`,
    );
  } finally {
    await client.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof CommandLineError ? error.message : `Could not create the account: ${error instanceof Error ? error.message : String(error)}`}\n`,
  );
  process.exitCode = 1;
});
