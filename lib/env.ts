import { z } from "zod";

// The one reader of process.env for the app (prisma.config.ts and the scripts under scripts/
// read their own). Validated once at start-up so a misconfigured server fails loudly and early.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .url({ error: "DATABASE_URL must be a postgresql:// URL" })
    .refine((url) => /^postgres(ql)?:\/\//.test(url), { error: "DATABASE_URL must be a postgresql:// URL" }),
  // Connections per app instance. PostgreSQL's default max_connections is 100: several instances
  // behind a load balancer must share it, hence a small explicit default.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Signs the session tokens; must be the same on every instance. Required in production.
  NEXTAUTH_SECRET: z.string().min(32, { error: "NEXTAUTH_SECRET must be at least 32 characters" }).optional(),
  // The public URL of the app (sign-in redirects; https:// turns on Secure cookies).
  NEXTAUTH_URL: z.url({ error: "NEXTAUTH_URL must be the app's public URL" }).default("http://localhost:3000"),
  // API requests per user (or per client address without a valid token) and minute, all instances together.
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
});

const developmentSecret = "development-only secret, never used in production";

function withSecret(env: z.infer<typeof envSchema>) {
  if (env.NEXTAUTH_SECRET) return { ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET };
  if (env.NODE_ENV === "production") {
    throw new Error("Invalid environment configuration:\n  NEXTAUTH_SECRET: required in production\nSee .env.example.");
  }
  return { ...env, NEXTAUTH_SECRET: developmentSecret };
}

export type Env = ReturnType<typeof withSecret>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}\nSee .env.example.`);
  }
  return withSecret(result.data);
}

let cached: Env | undefined;

/** The validated configuration; parsed on first use so that `next build` needs no database. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
