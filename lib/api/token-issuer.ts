import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AccessTokenKind } from "@/lib/generated/prisma/enums";

// The one implementation that makes access tokens, given a Prisma client: the app passes lib/db
// (lib/api/tokens.ts), `npm run token` its own client. Not "server-only" on purpose: scripts run
// outside Next, where such modules cannot be imported (like lib/prisma-client.ts). A token made on
// the command line is therefore made, and audited, exactly like one made in the app.

export const secretPrefixes: Record<AccessTokenKind, string> = { API: "imk_", CALENDAR_FEED: "imc_" };

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

function newSecret(kind: AccessTokenKind): string {
  return `${secretPrefixes[kind]}${randomBytes(32).toString("base64url")}`;
}

/** Makes a token for `user` (acting for themselves) and returns its secret: the only time it exists in clear. */
export async function issueAccessToken(
  client: PrismaClient,
  user: { id: string; email: string },
  input: { kind: AccessTokenKind; name: string },
): Promise<{ id: string; secret: string }> {
  const secret = newSecret(input.kind);
  return client.$transaction(async (tx) => {
    const token = await tx.accessToken.create({
      data: {
        userId: user.id,
        kind: input.kind,
        name: input.name,
        secretHash: hashSecret(secret),
        prefix: secret.slice(0, 10),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: "accessToken.create",
      entityType: "AccessToken",
      entityId: token.id,
      changes: { kind: input.kind, name: input.name },
    });
    return { id: token.id, secret };
  });
}
