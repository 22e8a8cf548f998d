import { describe, expect, it } from "vitest";
import { countryName, countryOptions, isCountryCode } from "./countries";

describe("countries of origin", () => {
  it("know ISO codes and refuse the rest", () => {
    expect(["IL", "JP", "CI", "XK"].every(isCountryCode)).toBe(true);
    expect(["XX", "il", "EU", "UN", "DD", "ZZ", "ISR", ""].some(isCountryCode)).toBe(false);
  });

  it("are named in the reader's language, one entry per country", () => {
    expect(countryName("IL", "fr")).toBe("Israël");
    expect(countryName("IL", "en")).toBe("Israel");
    const options = countryOptions("fr");
    expect(options.length).toBeGreaterThan(240);
    expect(new Set(options.map((option) => option.name)).size).toBe(options.length);
    expect(options[0]).toEqual({ code: "AF", name: "Afghanistan" });
  });
});
