import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts a PostgreSQL URL and applies defaults", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://127.0.0.1:5432/app" });
    expect(env).toMatchObject({
      NODE_ENV: "development",
      DATABASE_URL: "postgresql://127.0.0.1:5432/app",
      DATABASE_POOL_SIZE: 10,
    });
    expect(env.NEXTAUTH_URL).toBe("http://localhost:3000");
  });

  it("coerces the pool size from its string form", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://h/db", DATABASE_POOL_SIZE: "4" }).DATABASE_POOL_SIZE).toBe(4);
  });

  it("names every problem and points to .env.example", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://h/db", DATABASE_POOL_SIZE: "0" })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ URL[\s\S]*DATABASE_POOL_SIZE[\s\S]*\.env\.example/,
    );
  });

  it("refuses a missing database URL", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
  });

  it("requires a session secret of at least 32 characters in production", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://h/db",
      NEXTAUTH_URL: "https://ri.example.fr",
    };
    expect(() => parseEnv(production)).toThrow(/NEXTAUTH_SECRET: required in production/);
    expect(() => parseEnv({ ...production, NEXTAUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
    expect(parseEnv({ ...production, NEXTAUTH_SECRET: "x".repeat(32) }).NEXTAUTH_SECRET).toBe("x".repeat(32));
  });
});
