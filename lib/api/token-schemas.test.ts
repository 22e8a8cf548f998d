import { describe, expect, it } from "vitest";
import { createAccessTokenSchema, maxTokenNameLength } from "./token-schemas";

describe("a token's name", () => {
  it("is required, trimmed, and at most 100 characters", () => {
    expect(createAccessTokenSchema.parse({ name: "  Site de la com  " })).toEqual({ name: "Site de la com" });
    expect(createAccessTokenSchema.parse({ name: "x".repeat(maxTokenNameLength) }).name).toHaveLength(100);
    const issues = (input: unknown) =>
      createAccessTokenSchema.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(issues({ name: "   " })).toEqual(["required"]);
    expect(issues({})).toEqual(["required"]);
    expect(issues({ name: "x".repeat(101) })).toEqual(["tooLong"]);
  });
});
