// `npm run --silent token -- --email <email>`: makes an API token for that user and prints it, and
// only it, on standard output, so a program can capture it (TOKEN=$(npm run --silent token -- …)).
// Everything else (usage, unknown or deactivated account, database problems) goes to standard
// error with exit code 1. See docs/decisions/010-api-and-tokens.md for what a token can do.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/prisma-client";
import { CommandLineError, openDatabase } from "./token/database";
import { issueTokenForEmail } from "./token/issue-token";

const usage = "Usage: npm run --silent token -- --email <email>";

function emailArgument(): string {
  let email: string | undefined;
  try {
    email = parseArgs({ options: { email: { type: "string" } }, strict: true }).values.email;
  } catch (error) {
    throw new CommandLineError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  if (!email?.trim()) throw new CommandLineError(`Missing --email.\n${usage}`);
  return email;
}

async function main(): Promise<void> {
  const email = emailArgument();
  const database = await openDatabase(process.env);
  const client = createPrismaClient(database.url, 1);
  try {
    const secret = await issueTokenForEmail(client, email);
    process.stdout.write(`${secret}\n`);
  } finally {
    await client.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof CommandLineError ? error.message : `Could not make a token: ${error instanceof Error ? error.message : String(error)}`}\n`,
  );
  process.exitCode = 1;
});
