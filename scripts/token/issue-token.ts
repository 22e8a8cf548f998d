import { issueAccessToken } from "@/lib/api/token-issuer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CommandLineError } from "./database";

/** The name the app's token list shows for tokens made by `npm run token`. */
export const commandLineTokenName = "command line";

/**
 * A new API token for the active user with this email (any case), made and audited like one made
 * on the integrations page; the user is the actor, as if they had made it themselves.
 */
export async function issueTokenForEmail(client: PrismaClient, email: string): Promise<string> {
  const wanted = email.trim();
  const user = await client.user.findFirst({
    where: { email: { equals: wanted, mode: "insensitive" } },
    select: { id: true, email: true, isActive: true },
  });
  if (!user) throw new CommandLineError(`No user has the email ${wanted}.`);
  if (!user.isActive)
    throw new CommandLineError(`The account ${user.email} is deactivated: its tokens would not work.`);
  return (await issueAccessToken(client, user, { kind: "API", name: commandLineTokenName })).secret;
}
