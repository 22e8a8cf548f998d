import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasUnstorableText, withStorableText } from "./unstorable-text";

describe("text PostgreSQL cannot store", () => {
  it("is a NUL character or half of a surrogate pair, wherever it sits in a query's arguments", () => {
    expect(hasUnstorableText({ where: { id: "a\u0000b" } })).toBe(true);
    expect(hasUnstorableText({ data: { names: ["ok", "\uD83D"] } })).toBe(true);
    expect(hasUnstorableText(["SELECT $1", "\uDC00x"])).toBe(true);
    expect(hasUnstorableText(Prisma.sql`SELECT ${"x\u0000"}`)).toBe(true);
  });

  it("is not ordinary text, emoji, right-to-left marks, markup or other values", () => {
    expect(
      hasUnstorableText({ data: { title: "Délégation 👩‍👩‍👧‍👦 \u202Eabc <script>", at: new Date(), size: 3, tags: null } }),
    ).toBe(false);
    expect(hasUnstorableText(Prisma.sql`SELECT ${"Nice"}`)).toBe(false);
  });

  it("is replaced by U+FFFD for reads, leaving the rest of the arguments as they were", () => {
    const at = new Date();
    expect(withStorableText({ where: { id: "a\u0000b", OR: [{ name: { contains: "\uD83D!" } }], at } })).toEqual({
      where: { id: "a\uFFFDb", OR: [{ name: { contains: "\uFFFD!" } }], at },
    });
  });
});
