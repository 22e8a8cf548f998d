import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts a PostgreSQL URL and applies defaults", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://127.0.0.1:5432/app" });
    expect(env).toEqual({ NODE_ENV: "development", DATABASE_URL: "postgresql://127.0.0.1:5432/app", DATABASE_POOL_SIZE: 10 });
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
});
