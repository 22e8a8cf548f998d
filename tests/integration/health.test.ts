import { describe, expect, it } from "vitest";
import "./setup/database";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  it("answers 200 when the database is reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
